export type {
  AppearanceMode,
  ElementAppearance,
  EstateKitAppearance,
  ResolvedAppearance,
  ThemeReference,
} from './appearance.utils';
export { resolveAppearance, rootStyleVariables } from './appearance.utils';
export {
  type CredentialSource,
  createEstateKitClient,
  createEstateKitQueryClient,
  type EstateKitClientOptions,
} from './create-clients';
export {
  type EstateKitContextValue,
  useEstateKit,
  useEstateKitSettings,
} from './estatekit-context';
export {
  type EstateKitCredentials,
  EstateKitProvider,
  type EstateKitProviderProps,
} from './estatekit-provider';
export { EstateKitRoot } from './estatekit-root';
export type { EstateKitTRPC } from './trpc';
