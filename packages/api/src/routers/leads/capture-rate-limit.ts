import { TRPCError } from '@trpc/server';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Limits of the public web form, per client IP and per publishable key, per minute. */
export interface CaptureRateLimitOptions {
  perIpPerMinute: number;
  perKeyPerMinute: number;
}

/** The limiters `leads.capture` consults (one set per server process). */
export interface CaptureRateLimits {
  readonly ip: RateLimiterMemory;
  readonly key: RateLimiterMemory;
}

/** Defaults: a person submits a handful of forms a minute; a busy site a few hundred. */
export const defaultCaptureRateLimits: CaptureRateLimitOptions = {
  perIpPerMinute: 10,
  perKeyPerMinute: 600,
};

/** In-memory limiters (rate-limiter-flexible) for one server process. */
export function createCaptureRateLimits(
  options: CaptureRateLimitOptions = defaultCaptureRateLimits,
): CaptureRateLimits {
  return {
    ip: new RateLimiterMemory({
      keyPrefix: 'capture_ip',
      points: options.perIpPerMinute,
      duration: 60,
    }),
    key: new RateLimiterMemory({
      keyPrefix: 'capture_key',
      points: options.perKeyPerMinute,
      duration: 60,
    }),
  };
}

const fallback = createCaptureRateLimits();

/**
 * Spends one point of the caller's IP and key budgets. Throws TOO_MANY_REQUESTS (with the
 * seconds to wait) when either is spent.
 */
export async function checkCaptureRateLimit(
  limits: CaptureRateLimits | undefined,
  caller: { ip: string | undefined; keyId: string },
): Promise<void> {
  const { ip, key } = limits ?? fallback;
  try {
    await key.consume(caller.keyId);
    await ip.consume(caller.ip ?? 'unknown');
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.ceil(error.msBeforeNext / 1000);
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: `Too many submissions; try again in ${seconds} s.`,
    });
  }
}
