/** A slug's pattern, without zod: the web editor's scripts use it in the browser. */
export const slugSource = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
