import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Inlines the entry stylesheet into index.html (one request fewer before the
 * first paint) and allows exactly that <style> block in the
 * Content-Security-Policy by its SHA-256 hash: no 'unsafe-inline'.
 */
export function inlineEntryCss(): Plugin {
  return {
    name: 'inline-entry-css',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const link =
          /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/;
        const match = link.exec(html);
        if (!match) return html;
        const asset = bundle[match[1]!];
        if (!asset || asset.type !== 'asset') return html;
        const css = String(asset.source).replace(/<\/style/gi, '<\\/style');
        const hash = createHash('sha256').update(css).digest('base64');
        return html
          .replace(match[0], `<style>${css}</style>`)
          .replace("style-src 'self'", `style-src 'self' 'sha256-${hash}'`);
      },
    },
  };
}
