import { DayClock } from './clock';

describe('a day clock', () => {
  it('starts at noon UTC of its day and moves on with elapsed time, not with the wall clock', () => {
    let elapsed = 1_000;
    const clock = new DayClock('2028-02-29', () => elapsed);
    expect(clock.now().toISOString()).toBe('2028-02-29T12:00:00.000Z');
    elapsed += 90_000;
    expect(clock.now().toISOString()).toBe('2028-02-29T12:01:30.000Z');
    expect(clock.today()).toBe('2028-02-29');
  });

  it('moves to another day and forward by a duration', () => {
    let elapsed = 0;
    const clock = new DayClock('2027-12-31', () => elapsed);
    elapsed = 5_000;
    clock.setDay('2028-01-01');
    expect(clock.now().toISOString()).toBe('2028-01-01T12:00:00.000Z');
    clock.advance(13 * 3_600_000);
    expect(clock.today()).toBe('2028-01-02');
  });

  it.each(['2027-02-29', '2027-13-01', '29/02/2028', ''])('refuses %p, which is not a day', (day) => {
    expect(() => new DayClock(day)).toThrow('not a day');
  });
});
