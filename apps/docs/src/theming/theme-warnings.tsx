import type { ThemeWarning } from '@estatekit/themes';

/**
 * The findings of `fromDesignTokens` / `createTheme` as a list (host-page markup, outside the
 * widget), or a line saying there are none.
 */
export function ThemeWarnings({ warnings, title }: { warnings: ThemeWarning[]; title: string }) {
  return (
    <section aria-label={title} style={{ font: '14px system-ui', marginBottom: 16 }}>
      <h2 style={{ font: '600 15px system-ui', margin: '0 0 6px' }}>{title}</h2>
      {warnings.length === 0 ? (
        <p style={{ margin: 0 }}>No warnings: every checked pair passes WCAG 2.2 AA.</p>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {warnings.map((warning) => (
            <li key={warning.message} data-code={warning.code}>
              <code>{warning.code}</code> {warning.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
