import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';

describe('login throttle', () => {
  it('lets `limit` attempts through per address in the window, then says how long to wait', () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(3, 60_000, () => now);
    expect([throttle.attempt('a'), throttle.attempt('a'), throttle.attempt('a')]).toEqual([0, 0, 0]);
    expect(throttle.attempt('a')).toBe(60);
    expect(throttle.attempt('b')).toBe(0); // another address is not slowed
    now += 30_000;
    expect(throttle.attempt('a')).toBe(30);
    now += 30_001;
    expect(throttle.attempt('a')).toBe(0);
  });
});
