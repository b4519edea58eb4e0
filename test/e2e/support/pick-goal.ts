// Choosing a goal in the kit's goal picker (static/kit/ui/GoalPicker.tsx), as a person would: type part of its
// title, then click the option (or, with `keyboard`, move to it with the arrows and press Enter).
import type { FrameLocator, Locator } from 'playwright-core';

export const pickGoal = async (scope: FrameLocator | Locator, id: string, title: string, query = title): Promise<void> => {
  const chosen = scope.getByTestId(`${id}-chosen`);
  if (await chosen.count()) await chosen.getByRole('button', { name: /^Change/ }).click();
  await scope.locator(`#${id}`).fill(query);
  await scope.locator(`#${id}-list`).getByRole('option', { name: title, exact: false }).first().click();
  await scope.getByTestId(`${id}-chosen`).filter({ hasText: title }).waitFor();
};
