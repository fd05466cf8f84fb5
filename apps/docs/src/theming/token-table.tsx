import {
  colorTokenNames,
  cssVariableName,
  estatekitTheme,
  harbourTheme,
  themeToStyleObject,
  tokenNames,
} from '@estatekit/themes';

const swatch = (value: string | undefined) =>
  value === undefined ? null : (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: 12,
        height: 12,
        marginInlineEnd: 6,
        verticalAlign: 'middle',
        border: '1px solid #0003',
        background: value,
      }}
    />
  );

const isColour = (token: string) => (colorTokenNames as readonly string[]).includes(token);

/**
 * Every token of the contract (`tokenNames`), its CSS variable and its value in the built-in
 * themes, light and dark: generated from `@estatekit/themes`, so it never goes stale.
 */
export function TokenTable() {
  const columns = [
    { label: 'estatekit light', vars: themeToStyleObject(estatekitTheme, 'light') },
    { label: 'estatekit dark', vars: themeToStyleObject(estatekitTheme, 'dark') },
    { label: 'harbour light', vars: themeToStyleObject(harbourTheme, 'light') },
    { label: 'harbour dark', vars: themeToStyleObject(harbourTheme, 'dark') },
  ];
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">CSS variable</th>
          {columns.map((c) => (
            <th key={c.label} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {tokenNames.map((token) => {
          const variable = cssVariableName(token);
          return (
            <tr key={token}>
              <th scope="row" style={{ whiteSpace: 'nowrap', textAlign: 'start' }}>
                <code>{variable}</code>
              </th>
              {columns.map((c) => {
                const value = (c.vars as Record<string, string | undefined>)[variable];
                return (
                  <td key={c.label}>
                    {isColour(token) && swatch(value)}
                    <code>{value ?? '—'}</code>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
