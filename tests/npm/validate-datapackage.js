// validate-datapackage.js RELEASE_DIR: check a captive release with the
// Frictionless Data JavaScript libraries (npm "datapackage" and its
// "tableschema"), which share no code with captive.
//
//  1. datapackage.json against the Data Package profile the library ships;
//  2. each resource's Table Schema against the Table Schema profile;
//  3. each CSV table (gunzipped) read through its schema with every cell
//     cast and checked: types, required, enum, pattern, minimum, primary key.
//
// The library implements the v1 specs; v2's "list" type is not in them, so
// a list field is checked as v1 would describe it: a string whose items,
// split by its delimiter, are in its enum (a pattern).  Prints one line per
// resource; exits 1 on the first invalid one, naming it.
'use strict'
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')
const { Package } = require('datapackage')
const { Schema, Table } = require('tableschema')
const parse = require('csv-parse/lib/sync')

function escapeRe (s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// A v2 Table Schema as this v1 library can check it (a copy).  A pattern
// matches the whole value (XML Schema regular expressions are anchored);
// the library does not anchor it, so it is anchored here.
function toV1 (schema) {
  const s = JSON.parse(JSON.stringify(schema))
  for (const f of s.fields) {
    if (f.constraints && f.constraints.pattern) {
      f.constraints.pattern = '^(?:' + f.constraints.pattern + ')$'
    }
    if (f.type !== 'list') continue
    const d = escapeRe(f.delimiter || ',')
    const item = f.constraints && f.constraints.enum
      ? '(' + f.constraints.enum.map(escapeRe).join('|') + ')'
      : '([^' + d + ']*)'
    f.type = 'string'
    delete f.delimiter
    delete f.itemType
    f.constraints = Object.assign({}, f.constraints, { pattern: '^' + item + '(' + d + item + ')*$' })
    delete f.constraints.enum
  }
  return s
}

function fail (what, errors) {
  console.error(`validate-datapackage: ${what}`)
  for (const e of errors || []) console.error('  ' + (e.message || e).toString().replace(/\s+/g, ' '))
  process.exit(1)
}

async function main () {
  const dir = process.argv[2]
  const file = path.join(dir, 'datapackage.json')
  const pkg = await Package.load(file, { basePath: dir })
  if (!pkg.valid) fail(`${file}: not a valid Data Package`, pkg.errors)
  console.log(`${file}: valid Data Package, ${pkg.descriptor.resources.length} resources`)
  for (const r of pkg.descriptor.resources) {
    const schema = await Schema.load(toV1(r.schema))
    if (!schema.valid) fail(`${file}: resource ${r.name}: invalid Table Schema`, schema.errors)
    const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, r.path))).toString('utf8')
    const rows = parse(text, { relax_column_count: false })
    const table = await Table.load(rows, { schema: toV1(r.schema), headers: 1 })
    let data
    try {
      data = await table.read({ cast: true })
    } catch (e) {
      fail(`${r.path}: a row does not fit the schema`, e.errors || [e])
    }
    if (JSON.stringify(table.headers) !== JSON.stringify(r.schema.fields.map(f => f.name))) {
      fail(`${r.path}: header ${table.headers} is not the schema's columns`)
    }
    console.log(`${r.path}: ${data.length} rows valid`)
  }
}

main().catch(e => fail(e.message, e.errors))
