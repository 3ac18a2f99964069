import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The build sends no usage data: every way the project starts Astro — an npm
 * script, the test script, a test or benchmark that spawns the CLI — turns
 * Astro's telemetry off.
 */
const root = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('Astro telemetry is off wherever the project starts Astro', () => {
  it('in each npm script step that runs the astro command', () => {
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    const steps = Object.entries(scripts).flatMap(([name, script]) =>
      script.split('&&').map((step) => ({ name, step: step.trim() })),
    );
    const astroSteps = steps.filter(({ step }) => /(^|\s)astro\s/.test(step));
    expect(astroSteps.length).toBeGreaterThan(0);
    for (const { name, step } of astroSteps) expect(step, name).toMatch(/^ASTRO_TELEMETRY_DISABLED=1 astro /);
  });

  it('in the test script, for the checks and builds it starts', () => {
    expect(read('scripts/test.sh')).toMatch(/^export ASTRO_TELEMETRY_DISABLED=1$/m);
  });

  it('in every test or script that spawns the Astro CLI itself', () => {
    const files = ['tests/site', 'scripts'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(dir, f)),
    );
    const spawning = files.filter((f) =>
      /astro\/bin\/astro\.mjs|'astro' && argv\[1\] === 'build'|ASTRO_CACHE_DIR/.test(read(f)),
    );
    expect(spawning.length).toBeGreaterThan(0);
    for (const f of spawning) expect(read(f), f).toContain("ASTRO_TELEMETRY_DISABLED: '1'");
  });
});
