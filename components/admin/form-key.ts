// React resets a form after its action runs, and a <select> then falls back to its first option instead of
// the defaultValue the new state carries. Keying the form by the action state remounts it with that state,
// so every field, selects included, shows what the user sent.
const keys = new WeakMap<object, number>();
let last = 0;

export function formKey(state: object): number {
  let key = keys.get(state);
  if (key === undefined) {
    key = ++last;
    keys.set(state, key);
  }
  return key;
}
