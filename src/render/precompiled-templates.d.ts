// The shipped templates as Handlebars specs, written into dist/ by scripts/build-assets.mjs.
export declare const templates: Record<string, object>;
export declare const partials: Record<string, object>;
