// Builds wwwroot/lib/bootstrap-icons/icons.svg: one <symbol> per icon the site uses, taken from the
// bootstrap-icons package's own per-icon SVG files (node_modules/bootstrap-icons/icons/<name>.svg).
// The names come from the web project's <SiteIcon> items; the <Icon Name="…"> component refers to them.
// Usage: node icon-sprite.mjs <output file> <name> [<name> ...]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [output, ...names] = process.argv.slice(2);
if (!output || names.length === 0) {
  console.error('usage: node icon-sprite.mjs <output file> <name> [<name> ...]');
  process.exit(2);
}

const symbols = [...new Set(names)].sort().map((name) => {
  const file = join('node_modules', 'bootstrap-icons', 'icons', `${name}.svg`);
  let svg;
  try {
    svg = readFileSync(file, 'utf8');
  } catch {
    console.error(`icon-sprite: bootstrap-icons has no icon named '${name}' (${file})`);
    process.exit(1);
  }
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 16 16';
  const body = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '').trim();
  return `<symbol id="${name}" viewBox="${viewBox}">${body}</symbol>`;
});

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output,
  '<svg xmlns="http://www.w3.org/2000/svg">' +
  '<!-- Bootstrap Icons (MIT licence, https://icons.getbootstrap.com): the icons CentralAsiaBri uses. -->' +
  symbols.join('') + '</svg>\n');
