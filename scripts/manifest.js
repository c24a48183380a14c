/* eslint-disable @typescript-eslint/no-require-imports */
// The add-in manifest read and rewritten through office-addin-manifest (Microsoft's package), never by
// string replacement: webpack.config.js writes dist/manifest.xml with the deployment URLs, and the
// manifest test reads both files through the same package.
//
//   node scripts/manifest.js read FILE                    prints the ManifestInfo as JSON
//   node scripts/manifest.js write SOURCE TARGET BASE_URL  SOURCE with every add-in URL under BASE_URL
//   node scripts/manifest.js urls FILE                     prints every URL attribute as JSON
//
// office-addin-manifest's own modifyManifestFile only changes the id and the display name, so the
// URLs are set on the XML object its ManifestHandlerXml parses, with its xml helpers, and written back
// by the same handler. Its usage-data reporting is off by default (no network).

const fs = require('node:fs');
const path = require('node:path');
const { OfficeAddinManifest, setXmlElementAttributeValue } = require('office-addin-manifest');
const { ManifestHandlerXml } = require('office-addin-manifest/lib/manifestHandler/manifestHandlerXml');

/** The base URL the source manifest uses: the dev server's. */
const DEV_URL = 'https://localhost:3000/';

/** Every DefaultValue attribute below `xml` that is an https URL (xml2js object: attributes in `$`). */
function urlAttributes(xml, out = []) {
  if (Array.isArray(xml)) xml.forEach((x) => urlAttributes(x, out));
  else if (xml && typeof xml === 'object') {
    for (const [key, value] of Object.entries(xml)) {
      if (key === '$') {
        if (typeof value.DefaultValue === 'string' && /^https:\/\//.test(value.DefaultValue)) out.push(value);
      } else urlAttributes(value, out);
    }
  }
  return out;
}

function rebase(url, baseUrl) {
  if (!url.startsWith(DEV_URL)) throw new Error(`manifest.xml 中的地址不在 ${DEV_URL} 之下：${url}`);
  return baseUrl + url.slice(DEV_URL.length);
}

/** Writes SOURCE to TARGET with every add-in URL moved from the dev server to `baseUrl`. */
async function writeManifest(source, target, baseUrl) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(source, target);
  const handler = new ManifestHandlerXml(target);
  const xml = await handler.parseXmlAsync();
  const app = xml.OfficeApp;
  const info = await handler.parseManifest();
  // The documented top-level elements through the package's helpers, then the ribbon resources.
  setXmlElementAttributeValue(app, 'IconUrl', rebase(info.iconUrl, baseUrl));
  setXmlElementAttributeValue(app, 'HighResolutionIconUrl', rebase(info.highResolutionIconUrl, baseUrl));
  const settings = app.DefaultSettings[0];
  setXmlElementAttributeValue(settings, 'SourceLocation', rebase(info.defaultSettings.sourceLocation, baseUrl));
  for (const attrs of urlAttributes(app.VersionOverrides)) attrs.DefaultValue = rebase(attrs.DefaultValue, baseUrl);
  await handler.writeManifestData(xml);
  const written = await OfficeAddinManifest.readManifestFile(target);
  if (written.defaultSettings?.sourceLocation !== `${baseUrl}taskpane.html`) {
    throw new Error(`写入的 manifest.xml 地址不对：${written.defaultSettings?.sourceLocation}`);
  }
  return written;
}

async function allUrls(file) {
  const xml = await new ManifestHandlerXml(file).parseXmlAsync();
  return urlAttributes(xml.OfficeApp).map((a) => a.DefaultValue);
}

module.exports = { DEV_URL, writeManifest, allUrls };

if (require.main === module) {
  const [command, ...args] = process.argv.slice(2);
  const run =
    command === 'read'
      ? () => OfficeAddinManifest.readManifestFile(args[0])
      : command === 'write'
        ? () => writeManifest(args[0], args[1], args[2])
        : command === 'urls'
          ? () => allUrls(args[0])
          : () => Promise.reject(new Error('用法：node scripts/manifest.js read FILE | write SOURCE TARGET BASE_URL | urls FILE'));
  run().then(
    (out) => process.stdout.write(`${JSON.stringify(out)}\n`),
    (e) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
