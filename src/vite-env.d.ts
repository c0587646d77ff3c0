/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_BASEMAP_STYLE_URL?: string;
}
