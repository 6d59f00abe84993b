// What the page's label tables share (the inspector's, inspectorLabels.js, and the forms',
// formsLabels.js): a label looked up in the chosen language, and the page's marked elements
// written in it.

/**
 * The label `key` in `tag`'s language from `tables` (label tables by language tag), its `{name}`
 * placeholders filled from `params`; English when the language has no table.
 */
export function labelFrom(tables, tag, key, params = {}) {
  const template = (tables[tag] ?? tables.en)[key] ?? tables.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Writes every `[data-label-key]` element inside `root` whose key is one of `tables`' in the
 * chosen language; the keys of other tables are left to their own view.
 */
export function applyLabels(root, tag, tables) {
  for (const node of root.querySelectorAll('[data-label-key]')) {
    const key = node.dataset.labelKey;
    if (key in tables.en) node.textContent = labelFrom(tables, tag, key);
  }
}
