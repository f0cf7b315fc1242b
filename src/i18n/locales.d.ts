// Locale files are imported as flat message tables (see locale-tables.ts).
declare module '*.yml' {
  const table: Record<string, string>;
  export default table;
}
