// node scripts/unpack-bundle.mjs BUNDLE OUT — BUNDLE (a built detect.js or coach.js) with each read of
// its packed strings (scripts/detect-only.ts, packBundle) written back as the literal it replaced:
// `$[12]` as `` `…` ``, `${$[3]}` in a template as its text, `$r(4,"i")` and `$q(5)` as `/…/i`,
// `_(6,` as `/…/.test(`, `$[7].split(" ")` as the array of its words, `$X($.ab)` (JSON.parse) as
// the JSON text of the literal, `$L(a)` as `a.toLowerCase()`, `$O(a)` as `a.ownerDocument`. A dev check, not shipped: OUT should equal the same build without packing
// (for detect.js, up to the space packBundle puts between `return` and a name).
import fs from 'node:fs';

const s = fs.readFileSync(process.argv[2], 'utf8');
const head = /^var (\w+)=\(function\(\)\{const \$=/.exec(s);
const start = head[0].length;
const k = s.indexOf('.split(s)})("', start) + 11;
const m = /^\("([^"]*)","((?:[^"\\]|\\.)+)",(\d+)\)/.exec(s.slice(k));
const list = new Function(`return ${s.slice(start, k + m[0].length)}`)();
let rest = s.slice(k + m[0].length);
// the helper definitions up to the first ';'
// (the first ';' outside brackets and strings: the names' function holds some).
let depth = 0;
let end = 0;
for (let q = null; end < rest.length; end++) {
  const c = rest[end];
  if (q) q = c === q ? null : q;
  else if (c === '"' || c === '`') q = c;
  else if ('([{'.includes(c)) depth++;
  else if (')]}'.includes(c)) depth--;
  else if (c === ';' && depth === 0) break;
}
const defs = rest.slice(0, end + 1);
rest = rest.slice(defs.length);
// The texts read by name (`$.ab`, packBundle's `named`): `for(let k=0,f=…;k<N;k++)$[f(k)]=$[k+F];`,
// or with the names' function declared among the helpers (`$z=(k,w,v,A=…)=>{…}`):
// `for(let k=0;k<N;k++)$[$z(k)]=$[k+F];`.
const namerDef = /[$\w]+=(\(k,w,v,A="[^"]*"\)=>\{.*?return w\})/.exec(defs);
const namer = namerDef ? new Function(`return ${namerDef[1]}`)() : undefined;
const byName =
  /^for\(let k=0,f=(.*?);k<(\d+);k\+\+\)\$\[f\(k\)\]=\$\[k\+(\d+)\];/.exec(rest) ??
  /^for\(let k=0;k<(\d+);k\+\+\)\$\[[$\w]+\(k\)\]=\$\[k\+(\d+)\];/.exec(rest);
if (byName) {
  const [f, n, at] =
    byName.length === 4
      ? [new Function(`return ${byName[1]}`)(), +byName[2], +byName[3]]
      : [namer, +byName[1], +byName[2]];
  for (let k = 0; k < n; k++) list[f(k)] = list[k + at];
  rest = rest.slice(byName[0].length);
}
// The patterns by name (`_.ab(s)` a test, `_.ab` a pattern evaluated once, the first R):
// `for(let k=0;k<M;k++)_[$z(k)]=k<R?$q(k):s=>(…).test(s);`.
const byTest =
  /^for\(let k=0;k<(\d+);k\+\+\)([$\w]+)\[[$\w]+\(k\)\]=(?:k<(\d+)\?[$\w]+\(k\):)?s=>\([^;]*\)\.test\(s\);/.exec(
    rest,
  );
const tests = {};
const onceByName = {};
if (byTest) {
  for (let k = 0; k < +byTest[1]; k++) (k < +(byTest[3] ?? 0) ? onceByName : tests)[namer(k)] = list[k];
  rest = rest.slice(byTest[0].length);
}
const index = (i) => (/^\d+$/.test(i) ? +i : i);
const names = { statics: {}, methods: {}, properties: {} };
for (const d of defs
  .slice(1, -1)
  .replace(namerDef?.[0] ?? '\u0000', '')
  .split(/,(?=[$\w]+=)/)) {
  const [n, v] = [d.slice(0, d.indexOf('=')), d.slice(d.indexOf('=') + 1)];
  if (v.startsWith('(i,f)=>new RegExp')) names.regex = n;
  // `named`: the pattern read with its flags (`pattern/flags`).
  else if (v.startsWith('i=>((s')) names.regexWithFlags = n;
  else if (v === '[]') names.memos = n;
  else if (v.startsWith('i=>')) names.memo = n;
  else if (v.startsWith('(i,s)=>')) names.test = n;
  // A built-in function read through a short name (`$B=Math.max`).
  else if (/^(?:Math|Array|Object|Number|String|JSON)\.\w+$/.test(v)) names.statics[v] = n;
  // A method called with no argument through a short function (`$L=e=>e.toLowerCase()`).
  else if (/^(?:e|\(e(?:,\w)*\))=>e\.\w+\([\w,]*\)$/.test(v)) names.methods[n] = /=>e\.(\w+)\(/.exec(v)[1];
  // A property read through a short function (`$O=e=>e.ownerDocument`).
  else if (/^e=>e\.\w+$/.test(v)) names.properties[n] = v.slice(5);
}
/**
 * `$L(a)` back to `a.toLowerCase()`, `$P(a,b,c)` to `a.replace(b,c)`: the receiver up to the call's
 * first comma, and its closing parenthesis, found past strings and nesting.
 */
function unalias(text, n, method, property = false) {
  const open = new RegExp(`(?<![\\w$])(?<![^.]\\.)${esc(n)}\\(`, 'g');
  for (let m = open.exec(text); m; m = open.exec(text)) {
    let depth = 1;
    let q = null;
    let comma = -1;
    let i = m.index + m[0].length;
    for (; i < text.length && depth > 0; i++) {
      const c = text[i];
      if (c === '\\') i++;
      else if (q) q = c === q ? null : q;
      else if (c === '"' || c === "'" || c === '`') q = c;
      else if (c === '/' && /[(,=:[!&|?{};]/.test(text[i - 1] ?? '')) {
        // A regular expression literal: to its closing slash, past escapes and classes.
        let k = i + 1;
        for (let cls = false; k < text.length; k++) {
          if (text[k] === '\\') k++;
          else if (text[k] === '[') cls = true;
          else if (text[k] === ']') cls = false;
          else if (text[k] === '/' && !cls) break;
        }
        i = k;
      } else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth--;
      else if (c === ',' && depth === 1 && comma < 0) comma = i;
    }
    const from = m.index + m[0].length;
    const call = property
      ? `${text.slice(from, i - 1)}.${method}`
      : comma < 0
        ? `${text.slice(from, i - 1)}.${method}()`
        : `${text.slice(from, comma)}.${method}(${text.slice(comma + 1, i - 1)})`;
    text = `${text.slice(0, m.index)}${call}${text.slice(i)}`;
    open.lastIndex = m.index;
  }
  return text;
}
const esc = (n) => n.replace(/\$/g, '\\$');
const rx = (t, flags) => `/${t}/${flags}`;
const lit = (t) => `\`${t}\``;
let out = rest;
for (const [n, method] of Object.entries(names.methods)) out = unalias(out, n, method);
for (const [n, property] of Object.entries(names.properties)) out = unalias(out, n, property, true);
for (const [fn, n] of Object.entries(names.statics))
  out = out.replace(new RegExp(`(?<![\\w$])(?<![^.]\\.)${esc(n)}(?![\\w$])`, 'g'), fn);
if (byTest)
  out = out.replace(new RegExp(`(?<![\\w$])${esc(byTest[2])}\\.([$\\w]+)(\\(?)`, 'g'), (_, n, call) => {
    const t = call ? tests[n] : onceByName[n];
    const j = t.lastIndexOf('/');
    return `${rx(t.slice(0, j), t.slice(j + 1))}${call ? '.test(' : ''}`;
  });
if (names.test)
  out = out.replace(new RegExp(`(?<![\\w$])${esc(names.test)}\\((\\d+),`, 'g'), (_, i) => {
    const t = list[+i];
    const j = t.lastIndexOf('/');
    return `${rx(t.slice(0, j), t.slice(j + 1))}.test(`;
  });
if (names.memo)
  out = out.replace(new RegExp(`(?<![\\w$])${esc(names.memo)}\\((\\d+)\\)`, 'g'), (_, i) => {
    const t = list[+i];
    const j = t.lastIndexOf('/');
    return rx(t.slice(0, j), t.slice(j + 1));
  });
if (names.regexWithFlags)
  out = out.replace(new RegExp(`(?<![\\w$])${esc(names.regexWithFlags)}\\((\\d+)\\)`, 'g'), (_, i) => {
    const t = list[+i];
    const j = t.lastIndexOf('/');
    return rx(t.slice(0, j), t.slice(j + 1));
  });
if (names.regex)
  out = out.replace(new RegExp(`(?<![\\w$])${esc(names.regex)}\\((\\d+)(?:,"(\\w*)")?\\)`, 'g'), (_, i, f) =>
    rx(list[+i], f ?? ''),
  );
// `$[12]` or `$.ab`.
const read = String.raw`\$(?:\[(\d+)\]|\.([\w$]+))`;
out = out.replace(
  new RegExp(String.raw`(?<![\w$])${read}\.split\(" "\)`, 'g'),
  (_, i, n) => `[${list[index(i ?? n)].split(' ').map(lit).join(',')}]`,
);
out = out.replace(new RegExp(String.raw`\$\{${read}\}`, 'g'), (_, i, n) => list[index(i ?? n)]);
// A literal of plain data read as JSON (`JSON.parse($.ab)`): the JSON text, the same value.
out = out.replace(
  new RegExp(String.raw`(?<![\w$])(?<![^.]\.)JSON\.parse\(${read}\)`, 'g'),
  (_, i, n) => `(${list[index(i ?? n)]})`,
);
out = out.replace(new RegExp(String.raw`(?<![\w$])${read}`, 'g'), (_, i, n) => lit(list[index(i ?? n)]));
fs.writeFileSync(process.argv[3], `var ${head[1]}=(function(){${out}`);
console.log(`${list.length} strings; helpers`, names);
