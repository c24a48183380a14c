import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Offline checks of the add-in manifest: well-formed XML, the structure Office needs, the narrowest
// permission that lets the pane write sheets, every URL served by the build, read through
// office-addin-manifest. Its online `validate` (Microsoft's service) cannot run here: see README.
// dist/ comes from `npm run build:test` (npm test builds before running jest).

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const DEV_BASE = 'https://localhost:3000/';

// ------------------------------------------------------------------------------------------------
// A minimal XML reader: enough to prove well-formedness (balanced, properly nested tags, quoted
// attributes, one root, legal comments) and to walk elements. No DTDs or entities beyond the five.

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*$/;

function decode(s: string, where: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);|&/g, (m, ent: string | undefined) => {
    if (!ent) throw new Error(`${where}: bare "&"`);
    if (ent.startsWith('#x')) return String.fromCodePoint(parseInt(ent.slice(2), 16));
    if (ent.startsWith('#')) return String.fromCodePoint(parseInt(ent.slice(1), 10));
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (!(ent in named)) throw new Error(`${where}: unknown entity ${m}`);
    return named[ent]!;
  });
}

function parseXml(xml: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const line = () => xml.slice(0, i).split('\n').length;
  if (xml.charCodeAt(0) === 0xfeff) i = 1;
  if (xml.startsWith('<?xml', i)) {
    const end = xml.indexOf('?>', i);
    if (end < 0) throw new Error('unterminated XML declaration');
    i = end + 2;
  }
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text.trim()) {
      const top = stack[stack.length - 1];
      if (!top) throw new Error(`line ${line()}: text outside the root element`);
      top.text += decode(text, `line ${line()}`);
    }
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) throw new Error(`line ${line()}: unterminated comment`);
      if (xml.slice(i + 4, end).includes('--')) throw new Error(`line ${line()}: "--" inside a comment`);
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i);
      if (end < 0 || !stack.length) throw new Error(`line ${line()}: bad CDATA`);
      stack[stack.length - 1]!.text += xml.slice(i + 9, end);
      i = end + 3;
    } else if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) throw new Error(`line ${line()}: unterminated processing instruction`);
      i = end + 2;
    } else if (xml.startsWith('<!', i)) {
      throw new Error(`line ${line()}: DTDs are not expected in a manifest`);
    } else if (xml.startsWith('</', i)) {
      const end = xml.indexOf('>', i);
      const name = xml.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`line ${line()}: </${name}> closes <${open?.name ?? '(nothing)'}>`);
      i = end + 1;
    } else {
      // Start tag: name, attributes (quoted, unique), optional "/".
      let j = i + 1;
      const nameMatch = /^[^\s/>]+/.exec(xml.slice(j));
      if (!nameMatch || !NAME.test(nameMatch[0])) throw new Error(`line ${line()}: bad tag name`);
      const el: XmlElement = { name: nameMatch[0], attrs: {}, children: [], text: '' };
      j += nameMatch[0].length;
      const attr = /^\s+([^\s=/>]+)\s*=\s*("([^"<]*)"|'([^'<]*)')/;
      for (;;) {
        const m = attr.exec(xml.slice(j));
        if (!m) break;
        const key = m[1]!;
        if (!NAME.test(key)) throw new Error(`line ${line()}: bad attribute name ${key}`);
        if (key in el.attrs) throw new Error(`line ${line()}: duplicate attribute ${key}`);
        el.attrs[key] = decode(m[3] ?? m[4] ?? '', `line ${line()}`);
        j += m[0].length;
      }
      const close = /^\s*(\/?)>/.exec(xml.slice(j));
      if (!close) throw new Error(`line ${line()}: malformed start tag <${el.name}>`);
      j += close[0].length;
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else if (root) throw new Error(`line ${line()}: second root element <${el.name}>`);
      else root = el;
      if (!close[1]) stack.push(el);
      i = j;
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

function local(name: string): string {
  return name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
}
function all(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (local(e.name) === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return out;
}
function one(el: XmlElement, name: string): XmlElement {
  const found = all(el, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0]!;
}
function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => local(c.name) === name);
}
function httpsUrls(xml: string): string[] {
  return [...new Set(xml.match(/https:\/\/[^"'<>\s]+/g) ?? [])];
}

// ------------------------------------------------------------------------------------------------

const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  test('is well-formed XML', () => {
    expect(() => parseXml(source)).not.toThrow();
    expect(() => parseXml('<a><b></a></b>')).toThrow(/closes/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate/);
    expect(() => parseXml('<a>&</a>')).toThrow(/bare/);
  });

  const root = parseXml(source);

  test('is an Excel task-pane add-in, zh-CN, named 部门预算助手', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.attrs['xmlns']).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(root.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(child(root, 'Id')?.text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, 'Version')?.text.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(root, 'DefaultLocale')?.text.trim()).toBe('zh-CN');
    expect(child(root, 'DisplayName')?.attrs['DefaultValue']).toBe('部门预算助手');
    expect(child(root, 'Hosts')?.children.map((h) => h.attrs['Name'])).toEqual(['Workbook']);
    const sets = one(child(root, 'Requirements')!, 'Sets');
    expect(sets.attrs['DefaultMinVersion']).toBe('1.7');
    expect(sets.children.map((s) => [s.attrs['Name'], s.attrs['MinVersion']])).toEqual([['ExcelApi', '1.7']]);
    expect(one(child(root, 'DefaultSettings')!, 'SourceLocation').attrs['DefaultValue']).toBe(`${DEV_BASE}taskpane.html`);
    expect(all(root, 'AppDomain')).toEqual([]);
  });

  test('asks for ReadWriteDocument and nothing broader', () => {
    const permissions = all(root, 'Permissions');
    expect(permissions).toHaveLength(1);
    expect(permissions[0]!.text.trim()).toBe('ReadWriteDocument');
    expect(source).not.toMatch(/ReadWriteMailbox|ReadItem|ReadWriteItem/);
  });

  test('top-level elements come in the schema order', () => {
    const order = [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ];
    const seen = root.children.map((c) => local(c.name));
    seen.forEach((n) => expect(order).toContain(n));
    expect(seen).toEqual([...seen].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  test('a Home-tab button "部门预算" shows the task pane; every resid resolves', () => {
    const overrides = one(root, 'VersionOverrides');
    expect(overrides.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    expect(one(overrides, 'OfficeTab').attrs['id']).toBe('TabHome');
    const action = one(overrides, 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(all(overrides, 'FunctionFile')).toEqual([]);

    const resources = one(overrides, 'Resources');
    const ids = new Map<string, string>();
    for (const group of resources.children) {
      for (const r of group.children) {
        expect(r.attrs['id']!.length).toBeLessThanOrEqual(32); // Office's limit for resource ids
        expect(ids.has(r.attrs['id']!)).toBe(false);
        ids.set(r.attrs['id']!, r.attrs['DefaultValue']!);
      }
    }
    const refs = all(overrides, 'Host').flatMap((h) => {
      const out: string[] = [];
      const walk = (e: XmlElement) => {
        if (e.attrs['resid']) out.push(e.attrs['resid']);
        e.children.forEach(walk);
      };
      walk(h);
      return out;
    });
    expect(refs.length).toBeGreaterThan(0);
    refs.forEach((r) => expect(ids.has(r)).toBe(true));
    const button = all(overrides, 'Control').find((c) => c.attrs['xsi:type'] === 'Button')!;
    expect(ids.get(child(button, 'Label')!.attrs['resid']!)).toBe('部门预算');
    expect(ids.get(one(action, 'SourceLocation').attrs['resid']!)).toBe(`${DEV_BASE}taskpane.html`);
    for (const size of ['16', '32', '80']) {
      expect(all(button, 'Image').some((img) => img.attrs['size'] === size)).toBe(true);
    }
  });
});

// Read through office-addin-manifest (Microsoft's package), in a child process: the package pulls an
// ESM-only dependency (uuid) that jest's CommonJS runtime cannot load.
const SCRIPT = path.join(ROOT, 'scripts', 'manifest.js');
function viaPackage(...args: string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' }));
}
interface Info {
  id: string;
  displayName: string;
  permissions: string;
  hosts: string[];
  officeAppType: string;
  iconUrl: string;
  highResolutionIconUrl: string;
  defaultSettings: { sourceLocation: string };
}

describe('manifest.xml through office-addin-manifest', () => {
  test('reads as an Excel task pane add-in at the dev server', () => {
    const info = viaPackage('read', path.join(ROOT, 'manifest.xml')) as Info;
    expect(info).toMatchObject({
      id: 'e8a9d0e2-9311-4bb8-9bf8-0430e6f0524d',
      displayName: '部门预算助手',
      permissions: 'ReadWriteDocument',
      hosts: ['Workbook'],
      officeAppType: 'TaskPaneApp',
      defaultSettings: { sourceLocation: `${DEV_BASE}taskpane.html` },
    });
  });

  test('the production URLs are written through it: every URL under ADDIN_URL, nothing else changed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-manifest-'));
    try {
      const base = 'https://intranet.example.gov.cn/budget/';
      const target = path.join(dir, 'manifest.xml');
      const written = viaPackage('write', path.join(ROOT, 'manifest.xml'), target, base) as Info;
      const source = viaPackage('read', path.join(ROOT, 'manifest.xml')) as Info;
      expect(written.defaultSettings.sourceLocation).toBe(`${base}taskpane.html`);
      expect(written.iconUrl).toBe(`${base}assets/icon-32.png`);
      const rebased = (u: string) => u.replace(DEV_BASE, base);
      expect(written).toEqual({
        ...source,
        iconUrl: rebased(source.iconUrl),
        highResolutionIconUrl: rebased(source.highResolutionIconUrl),
        defaultSettings: { ...source.defaultSettings, sourceLocation: rebased(source.defaultSettings.sourceLocation) },
      });
      const urls = viaPackage('urls', target) as string[];
      expect(urls).toEqual((viaPackage('urls', path.join(ROOT, 'manifest.xml')) as string[]).map(rebased));
      expect(fs.readFileSync(target, 'utf8')).not.toMatch(/localhost/i);
      expect(() => parseXml(fs.readFileSync(target, 'utf8'))).not.toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a production build without ADDIN_URL fails with a clear message instead of writing a placeholder host', () => {
    const env = { ...process.env };
    delete env['ADDIN_URL'];
    const run = () =>
      execFileSync(
        process.execPath,
        [
          '-e',
          "require('./webpack.config.js')({}, { mode: 'production' }).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3); })",
        ],
        {
          cwd: ROOT,
          env,
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
    let stderr = '';
    try {
      run();
    } catch (e) {
      stderr = String((e as { stderr?: string }).stderr);
    }
    expect(stderr).toContain('生产构建需要加载项的发布地址：请设置 ADDIN_URL');
  });

  test("OFFICE_JS=local serves office.js from the add-in's origin and the CSP allows only 'self'", () => {
    const probe = (officeJs: string) =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [
            '-e',
            "require('./webpack.config.js')({}, { mode: 'production' }).then((c) => { const h = c.plugins.find((p) => p.userOptions && p.userOptions.filename === 'taskpane.html'); const copy = c.plugins.find((p) => p.patterns); console.log(JSON.stringify({ params: h.userOptions.templateParameters, copies: copy.patterns.map((x) => x.to) })); })",
          ],
          {
            cwd: ROOT,
            env: { ...process.env, ADDIN_URL: 'https://intranet.example.gov.cn/budget/', OFFICE_JS: officeJs },
            encoding: 'utf8',
          },
        ),
      ) as { params: { officeJsSrc: string; scriptSrc: string }; copies: string[] };
    const local = probe('local');
    expect(local.params).toEqual({ officeJsSrc: 'office-js/office.js', scriptSrc: "'self'" });
    expect(local.copies).toEqual(['assets', 'office-js']);
    const cdn = probe('');
    expect(cdn.params).toEqual({
      officeJsSrc: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      scriptSrc: "'self' https://appsforoffice.microsoft.com",
    });
    expect(cdn.copies).toEqual(['assets']);
  });
});

describe('manifest and the build (dist/)', () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(DIST, 'manifest.xml')) || !fs.existsSync(path.join(DIST, 'taskpane.html'))) {
      throw new Error('dist/ 不存在或不完整：请先运行 `npm run build:test`（npm test 会先构建再运行 jest）。');
    }
  });

  test('every https URL in manifest.xml is a file the build serves', () => {
    const urls = httpsUrls(source);
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) {
      expect(url.startsWith(DEV_BASE)).toBe(true);
      const file = path.join(DIST, ...url.slice(DEV_BASE.length).split('/'));
      expect({ url, exists: fs.existsSync(file) && fs.statSync(file).isFile() }).toEqual({ url, exists: true });
    }
  });

  test('dist/manifest.xml (written through office-addin-manifest) points every URL at one https base serving the files', () => {
    const built = viaPackage('read', path.join(DIST, 'manifest.xml')) as Info;
    const page = built.defaultSettings.sourceLocation;
    expect(page).toMatch(/^https:\/\/[^/]+\/.*taskpane\.html$/);
    const base = page.slice(0, -'taskpane.html'.length);
    const urls = viaPackage('urls', path.join(DIST, 'manifest.xml')) as string[];
    expect(urls).toHaveLength((viaPackage('urls', path.join(ROOT, 'manifest.xml')) as string[]).length);
    for (const url of urls) {
      expect(url.startsWith(base)).toBe(true);
      expect(fs.existsSync(path.join(DIST, ...url.slice(base.length).split('/')))).toBe(true);
    }
    expect(() => parseXml(fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8'))).not.toThrow();
  });

  test('taskpane.html keeps the CSP and loads office.js as its only script that is not the bundle', () => {
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    expect(html).toContain("default-src 'self'");
    expect(html).toContain("object-src 'none'");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]!);
    const external = scripts.filter((s) => /^https?:/.test(s));
    if (external.length > 0) {
      expect(external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
      expect(html).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    } else {
      expect(scripts).toContain('office-js/office.js');
      expect(html).toContain("script-src 'self';");
    }
    for (const s of scripts.filter((x) => !/^https?:/.test(x))) expect(fs.existsSync(path.join(DIST, s))).toBe(true);
  });
});
