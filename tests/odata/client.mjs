// cacd's OData feed as a dashboard's client reads it (run by tests/odata/run.sh):
// o.js (npm "odata") queries every set with Basic credentials, as Excel
// and Power BI send them; fast-xml-parser reads $metadata, and every row
// must have the properties and Edm types $metadata gives its set. The
// feed's numbers are checked against the REST views, pages are followed
// through @odata.nextLink, and a bad option must come back as an OData
// error. Exits non-zero with the reason on the first failure.
import { o } from 'odata';
import { XMLParser } from 'fast-xml-parser';
import assert from 'node:assert/strict';

const setup = JSON.parse(process.env.ODATA_TEST);
const feedUrl = `${setup.base}/odata/`;
const basic = (token) => 'Basic ' + Buffer.from(`powerbi:${token}`).toString('base64');
const client = (token, extra = {}) =>
  o(feedUrl, { headers: new Headers({ Authorization: basic(token), ...extra }), fragment: '' });

async function get(path, token) {
  const response = await fetch(setup.base + path, { headers: { Authorization: basic(token) } });
  assert.equal(response.status, 200, `${path}: ${response.status}`);
  return response;
}

// ---- $metadata, read as XML by a parser no one here wrote ----
const xml = await (await get('/odata/$metadata', setup.admin)).text();
const edmx = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '',
  isArray: (name, path, leaf, attribute) =>
    !attribute && ['EntityType', 'Property', 'PropertyRef', 'EntitySet'].includes(name) }).parse(xml);
const schema = edmx['edmx:Edmx']['edmx:DataServices'].Schema;
assert.equal(edmx['edmx:Edmx'].Version, '4.0');
const types = new Map(schema.EntityType.map((type) => [type.Name, type]));
const sets = new Map(schema.EntityContainer.EntitySet.map((set) =>
  [set.Name, types.get(set.EntityType.replace(`${schema.Namespace}.`, ''))]));
for (const [name, type] of sets) {
  assert.ok(type, `${name}: its entity type is not in $metadata`);
  for (const key of type.Key.PropertyRef)
    assert.ok(type.Property.some((p) => p.Name === key.Name), `${name}: key ${key.Name}`);
}

// ---- the service document names the same sets ----
const service = await (await get('/odata', setup.admin)).json();
assert.deepEqual(service.value.map((s) => s.name).sort(), [...sets.keys()].sort());
const viewerService = await (await get('/odata', setup.viewer)).json();
assert.ok(!viewerService.value.some((s) => s.name === 'Responses'), 'a viewer is offered Responses');

// ---- every set's rows have $metadata's properties and types ----
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
function checkRow(name, type, row) {
  for (const property of type.Property) {
    const value = row[property.Name];
    const where = `${name}.${property.Name} = ${JSON.stringify(value)}`;
    assert.ok(property.Name in row, `${name}: ${property.Name} is missing`);
    if (value === null) {
      assert.equal(property.Nullable, 'true', `${where}: null where $metadata says not`);
      continue;
    }
    switch (property.Type) {
      case 'Edm.Double': assert.equal(typeof value, 'number', where); break;
      case 'Edm.Int64': assert.ok(Number.isInteger(value), where); break;
      case 'Edm.Boolean': assert.equal(typeof value, 'boolean', where); break;
      case 'Edm.Guid': assert.match(value, uuid, where); break;
      case 'Edm.DateTimeOffset': assert.ok(!Number.isNaN(Date.parse(value)), where); break;
      default: assert.equal(typeof value, 'string', where);
    }
  }
  assert.equal(Object.keys(row).length, type.Property.length, `${name}: other properties`);
}
// Every row of a set: the first page and each @odata.nextLink after it,
// the link's options given back to o.js as it takes them.
async function everyRow(handler, name, options) {
  let page = await handler.get(name).query(options);
  const rows = [...page.value], count = page['@odata.count'];
  let pages = 1;
  while (page['@odata.nextLink']) {
    const next = new URL(page['@odata.nextLink']);
    assert.equal(next.origin + next.pathname, `${feedUrl}${name}`);
    page = await handler.get(name).query(Object.fromEntries(next.searchParams));
    rows.push(...page.value);
    pages++;
  }
  return { rows, count, pages };
}

const counts = {};
for (const [name, type] of sets) {
  const { rows, count } = await everyRow(client(setup.admin), name, { $count: true });
  assert.equal(count, rows.length, `${name}: @odata.count`);
  rows.forEach((row) => checkRow(name, type, row));
  counts[name] = rows.length;
}
// seven measures (overall and six dimensions) per wave; sixteen responses here at least
assert.ok(counts.Scores > 100 && counts.Trend === 7 * counts.Waves &&
  counts.Comparisons === 7 * counts.Waves && counts.Responses >= 16, JSON.stringify(counts));

// ---- the numbers are the REST views' ----
const trend = await (await get(`/v1/partnerships/${setup.partnership}/trend`, setup.viewer)).json();
const later = trend.waves.find((w) => w.wave_id === setup.second);
const rows = (await client(setup.viewer).get('Trend').query({
  $filter: `wave_id eq ${setup.second} and dimension eq 'overall'`,
})).value;
assert.equal(rows.length, 1);
assert.equal(rows[0].score, later.overall);
assert.equal(rows[0].change, later.change.overall);
assert.equal(rows[0].change_low, later.change_ci.overall.low);
assert.equal(rows[0].change_high, later.change_ci.overall.high);
assert.equal(rows[0].beyond_noise, later.change_ci.overall.beyond_noise);
assert.equal(rows[0].gap, later.gap.overall);

// ---- pages: odata.maxpagesize as Power Query sends it, followed to the end ----
const preferred = client(setup.viewer, { Prefer: 'odata.maxpagesize=9' });
const paged = await everyRow(preferred, 'Scores', { $filter: "level eq 'item'", $count: true,
  $orderby: 'wave_id,grouping,group,key' });
const seen = new Set();
for (const row of paged.rows) {
  const key = [row.wave_id, row.grouping, row.group, row.key].join('/');
  assert.ok(!seen.has(key), `${key} came twice`);
  seen.add(key);
}
assert.equal(seen.size, paged.count);
assert.equal(paged.pages, Math.ceil(paged.count / 9));
const pages = paged.pages;

// ---- a bad option is an OData error ----
try {
  await client(setup.viewer).get('Scores').query({ $filter: "score eq 'high'" });
  assert.fail('a bad $filter was answered');
} catch (response) {
  assert.equal(response.status, 400);
  const error = (await response.json()).error;
  assert.ok(error.code && error.message.includes('score'), JSON.stringify(error));
}

console.log(`odata: ${sets.size} sets in $metadata, rows typed as it says (${
  Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}); ${seen.size} item rows ` +
  `over ${pages} pages of 9; the trend equals the REST view`);
