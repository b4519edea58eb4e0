// Starts a surface: follows the product's light or dark theme, then renders the surface's root component.
import { view } from '@forge/bridge';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './theme.css';

export const mount = (app: ReactNode): void => {
  // Theming is best effort: a host without it still gets the light fallbacks of every token.
  view.theme.enable().catch(() => undefined);
  const el = document.getElementById('root');
  if (!el) throw new Error('index.html has no #root');
  createRoot(el).render(<StrictMode>{app}</StrictMode>);
};
