export declare const CHROMIUM: string;
export declare const EXTENSION_PATH: string;
export declare const BASE_ARGS: readonly string[];
export declare function chromiumArgs(extensionPath?: string): string[];
