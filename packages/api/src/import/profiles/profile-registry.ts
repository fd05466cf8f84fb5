import { DomainError, DomainErrorCode } from '@estatekit/domain';
import type { ImportProfile } from '../import-profile';
import { kcProfile } from './kc.profile';
import { resoProfile } from './reso.profile';

/** The built-in import profiles, by name: `kc` (King County sales file), `reso` (RESO headers). */
export const profiles = { kc: kcProfile, reso: resoProfile } as const satisfies Record<
  string,
  ImportProfile
>;

/** Name of a built-in profile. */
export type ProfileName = keyof typeof profiles;

/** Names of the built-in profiles, for an input schema: `z.enum(profileNames)`. */
export const profileNames = Object.keys(profiles) as [ProfileName, ...ProfileName[]];

/**
 * The built-in profile called `name`. Throws `DomainError` (VALIDATION_FAILED) for any other
 * name, with the known names in `context.known` and the suggestion.
 */
export function getProfile(name: string): ImportProfile {
  if (Object.hasOwn(profiles, name)) return profiles[name as ProfileName];
  throw new DomainError(DomainErrorCode.ValidationFailed, `unknown import profile "${name}"`, {
    context: { profile: name, known: profileNames },
    suggestion: `use one of: ${profileNames.join(', ')}`,
  });
}
