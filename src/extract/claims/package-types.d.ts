// The English name list of gender-detection-from-name, which ships no types for its data files.
declare module 'gender-detection-from-name/names/en.js' {
  const names: Map<string, 'male' | 'female'>;
  export default names;
}
