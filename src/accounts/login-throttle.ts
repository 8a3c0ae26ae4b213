/**
 * Slows password guessing from one address: at most `limit` sign-in attempts per address in a sliding
 * window, kept in memory (one Dalil process serves a deployment). Per-account lock-out, which survives a
 * restart and many addresses, lives in the database (session.service.ts).
 */
export class LoginThrottle {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt and returns how many seconds to wait, or 0 when the attempt may go ahead. */
  attempt(address: string): number {
    const now = this.now();
    const recent = (this.attempts.get(address) ?? []).filter((at) => at > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.attempts.set(address, recent);
      return Math.ceil((recent[0]! + this.windowMs - now) / 1000);
    }
    recent.push(now);
    this.attempts.set(address, recent);
    if (this.attempts.size > 10_000) this.forgetIdle(now);
    return 0;
  }

  private forgetIdle(now: number): void {
    for (const [address, times] of this.attempts)
      if (times.every((at) => at <= now - this.windowMs)) this.attempts.delete(address);
  }
}
