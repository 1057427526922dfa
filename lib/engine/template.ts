// Fills the {placeholders} in seed wording. A placeholder without a value is left visible so a wording/code
// mismatch shows up in tests instead of as a silently empty sentence.
export type TemplateValues = Record<string, string | number>;

export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
