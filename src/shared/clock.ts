// Time as a dependency: use cases ask the clock they are given, so a test or the local host can run on any day.
export interface Clock {
  now(): Date;
}
