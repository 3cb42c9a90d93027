export function buildPublicStylesheet(): Promise<string>;
export function watchPublicStylesheet(): Promise<void>;
