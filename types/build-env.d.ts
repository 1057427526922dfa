// Build-time variables Vite puts into the bundle (WXT exposes those prefixed WXT_).
interface ImportMetaEnv {
  /** "packaged-only" in store builds (`npm run zip:store`): the model tier loads model libraries from the package only. */
  readonly WXT_MODEL_LIBS?: string;
}
