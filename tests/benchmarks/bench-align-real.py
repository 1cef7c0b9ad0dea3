#!/usr/bin/env python3
"""Real-text alignment benchmark: Duizhao side by side with hunalign + CC-CEDICT, in one run.

The development sets in ../shared/eval (read at run time, never copied into the project) are
concatenated, repeated past their length, into books of about 5k, 20k, 40k and 80k Chinese
sentences, with their gold links shifted. For each book it reports Duizhao's wall time, peak
memory and exact-match F1, the F1 of the same documents aligned one by one (accuracy at length),
and hunalign's time (hunalign itself, jieba segmentation excluded: a conservative comparison)
and F1 on the same input. It also aligns every development document in its own process, both
tools, as chapter-length documents including process start.

usage: bench-align-real.py --cli PATH --cedict CEDICT_TS_U8 [--eval DIR] [--sizes 5000,20000]
                           [--runs N] [--peer-timeout SECONDS] [--no-peer] [--keep DIR]
"""
import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))


def parse_side(text):
    text = text.strip()[1:-1].strip()
    return [int(x) for x in text.split(',')] if text else []


def read_links(path):
    links = []
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if line:
            zh, en = line.split(':')
            links.append((parse_side(zh), parse_side(en)))
    return links


def write_links(path, links):
    with open(path, 'w', encoding='utf-8') as f:
        for zh, en in links:
            f.write('[%s]:[%s]\n' % (','.join(map(str, zh)), ','.join(map(str, en))))


def lines_of(path):
    with open(path, encoding='utf-8') as f:
        return f.read().splitlines()


def documents(eval_dir):
    """(name, zh lines, en lines, zh path, en path, gold links) for every development document."""
    docs = []
    for set_name in ('mac-dev', 'paramed-nejm'):
        set_dir = os.path.join(eval_dir, set_name)
        for gold in sorted(os.listdir(os.path.join(set_dir, 'gold'))):
            name = gold[:-len('.align')]
            zh = os.path.join(set_dir, 'zh', name)
            en = os.path.join(set_dir, 'en', name)
            docs.append((set_name + '-' + name, lines_of(zh), lines_of(en), zh, en,
                         read_links(os.path.join(set_dir, 'gold', gold))))
    return docs


def concatenate(docs, per_doc_links, size, out_dir):
    """Whole documents in turn until the Chinese side reaches @p size sentences. Writes zh, en,
    gold/book.align and onebyone/book.align (the per-document alignments, shifted)."""
    zh_lines, en_lines, gold, one_by_one = [], [], [], []
    k = 0
    while len(zh_lines) < size:
        name, zh, en, _, _, links = docs[k % len(docs)]
        zo, eo = len(zh_lines), len(en_lines)
        shift = lambda ls: [([i + zo for i in a], [j + eo for j in b]) for a, b in ls]
        gold += shift(links)
        one_by_one += shift(per_doc_links[name])
        zh_lines += zh
        en_lines += en
        k += 1
    for sub in ('gold', 'onebyone', 'duizhao', 'hunalign'):
        os.makedirs(os.path.join(out_dir, sub), exist_ok=True)
    with open(os.path.join(out_dir, 'zh'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(zh_lines) + '\n')
    with open(os.path.join(out_dir, 'en'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(en_lines) + '\n')
    write_links(os.path.join(out_dir, 'gold', 'book.align'), gold)
    write_links(os.path.join(out_dir, 'onebyone', 'book.align'), one_by_one)
    return len(zh_lines), len(en_lines)


def timed(command, stdout_path, timeout=None, env=None, cwd=None):
    """Runs @p command; returns (wall seconds, peak RSS in MB, stderr, CPU seconds) or None on
    timeout. On a shared machine CPU time is the steadier figure."""
    stats = stdout_path + '.time'
    with open(stdout_path, 'w') as out:
        # A session of its own, so that a timeout ends the whole tree (peer-hunalign runs
        # hunalign as a child), not just /usr/bin/time.
        done = subprocess.Popen(['/usr/bin/time', '-f', '%e %M %U %S', '-o', stats] + command,
                                stdout=out, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd,
                                start_new_session=True)
        try:
            _, stderr = done.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(done.pid, signal.SIGKILL)
            done.communicate()
            return None
    if done.returncode != 0:
        sys.exit('failed (%d): %s\n%s' % (done.returncode, ' '.join(command), stderr[-2000:]))
    wall, rss, user, system = open(stats).read().split()[-4:]
    return float(wall), int(rss) / 1024.0, stderr, float(user) + float(system)


def f1(gold_dir, test_dir):
    scorer = os.path.join(ROOT, '..', 'shared', 'tools', 'score-alignment')
    out = subprocess.run([sys.executable, scorer, '-g', gold_dir, '-t', test_dir],
                         capture_output=True, text=True, check=True).stdout
    return float(re.search(r'exact P=\S+ R=\S+ F1=(\S+)', out).group(1))


def peer_seconds(stderr):
    found = re.findall(r'hunalign_seconds=(\S+)', stderr)
    return float(found[-1]) if found else float('nan')


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--cli', required=True)
    ap.add_argument('--cedict', required=True, help='cedict_ts.u8 for hunalign')
    ap.add_argument('--eval', default=os.path.join(ROOT, '..', 'shared', 'eval'))
    ap.add_argument('--sizes', default='5000,20000,40000,80000')
    ap.add_argument('--runs', type=int, default=1, help='Duizhao runs per size (median)')
    ap.add_argument('--peer-timeout', type=float, default=900)
    ap.add_argument('--no-peer', action='store_true')
    ap.add_argument('--keep')
    args = ap.parse_args()
    args.cli, args.cedict = os.path.abspath(args.cli), os.path.abspath(args.cedict)
    args.eval = os.path.abspath(args.eval)
    peer = os.path.join(ROOT, '..', 'shared', 'tools', 'peer-hunalign')
    if not os.path.isdir(args.eval):
        sys.exit('bench-align-real: no evaluation sets at %s' % args.eval)

    work = os.path.abspath(args.keep or tempfile.mkdtemp(prefix='duizhao-bench-'))
    os.makedirs(work, exist_ok=True)
    docs = documents(args.eval)

    # Chapter-length documents, one process each, both tools; the per-document alignments are
    # also the "one by one" reference for the books.
    per_doc = {}
    chapter_dir = os.path.join(work, 'chapters')
    os.makedirs(chapter_dir, exist_ok=True)
    duizhao_total = duizhao_cpu = peer_total = peer_wall_total = 0.0
    for name, _, _, zh, en, _ in docs:
        out = os.path.join(chapter_dir, name + '.duizhao')
        wall, _, _, cpu = timed([args.cli, 'align', '--presplit', zh, en, '--format', 'links'], out)
        duizhao_total += wall
        duizhao_cpu += cpu
        per_doc[name] = read_links(out)
        if not args.no_peer:
            out = os.path.join(chapter_dir, name + '.hunalign')
            # hunalign leaves a translate.txt in its working directory.
            wall, _, err, _ = timed([peer, args.cedict, zh, en], out, cwd=chapter_dir)
            peer_total += peer_seconds(err)
            peer_wall_total += wall
    print('machine: %d cores, %s' % (os.cpu_count(), open('/proc/cpuinfo').read().split(
        'model name')[1].split('\n')[0].strip(': \t')))
    print('\n%d development documents, one process each (%d Chinese sentences):' %
          (len(docs), sum(len(d[1]) for d in docs)))
    print('  Duizhao  %.2f s (process start included; %.2f s CPU)' % (duizhao_total, duizhao_cpu))
    if not args.no_peer:
        print('  hunalign %.2f s (hunalign alone; %.2f s with jieba segmentation)  ratio %.1fx' %
              (peer_total, peer_wall_total, peer_total / duizhao_total))

    print('\n| Chinese × English sentences | Duizhao time (CPU) | peak memory | F1 | F1 one by one |'
          ' hunalign time | hunalign F1 | time ratio |')
    print('|---|---|---|---|---|---|---|---|')
    for size in [int(s) for s in args.sizes.split(',') if s]:
        book = os.path.join(work, 'book-%d' % size)
        zh_count, en_count = concatenate(docs, per_doc, size, book)
        runs = []
        for _ in range(args.runs):
            runs.append(timed([args.cli, 'align', '--presplit', os.path.join(book, 'zh'),
                               os.path.join(book, 'en'), '--format', 'links'],
                              os.path.join(book, 'duizhao', 'book.align')))
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[3] for r in runs)
        rss = max(r[1] for r in runs)
        gold = os.path.join(book, 'gold')
        ours = f1(gold, os.path.join(book, 'duizhao'))
        single = f1(gold, os.path.join(book, 'onebyone'))
        peer_text, peer_f1, ratio = '—', '—', '—'
        if not args.no_peer:
            result = timed([peer, args.cedict, os.path.join(book, 'zh'), os.path.join(book, 'en')],
                           os.path.join(book, 'hunalign', 'book.align'), args.peer_timeout,
                           cwd=book)
            if result is None:
                peer_text = 'over %d s' % args.peer_timeout
                ratio = '>%.1fx' % (args.peer_timeout / wall)
            else:
                seconds = peer_seconds(result[2])
                peer_text = '%.1f s, %.0f MB' % (seconds, result[1])
                peer_f1 = '%.3f' % f1(gold, os.path.join(book, 'hunalign'))
                ratio = '%.1fx' % (seconds / wall)
        print('| %d × %d | %.2f s (%.2f s) | %.0f MB (%.1f KB/zh sentence) | %.3f | %.3f | %s | %s |'
              ' %s |' % (zh_count, en_count, wall, cpu, rss, rss * 1024 / zh_count, ours, single,
                         peer_text, peer_f1, ratio), flush=True)
    if not args.keep:
        shutil.rmtree(work)


if __name__ == '__main__':
    main()
