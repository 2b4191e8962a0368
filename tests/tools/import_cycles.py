#!/usr/bin/env python3
"""Fails on an import cycle between files (strongly connected components of the file-level
import graph of each crate's src/) and on an import from one of the core's areas into another.
Edges: `use crate::…`, `use super::…`, `use self::…` and inline `crate::a::b` paths, resolved to the
file that defines the module. `mod x;` declarations are not edges."""
import os, re, sys

def modules(src):
    files = {}
    for d, _, fs in os.walk(src):
        for f in fs:
            if f.endswith('.rs'):
                p = os.path.join(d, f)
                rel = os.path.relpath(p, src)[:-3].split(os.sep)
                if rel[-1] in ('mod', 'lib', 'main'):
                    rel = rel[:-1]
                files[tuple(rel)] = p
    return files

def resolve(files, path):
    # longest prefix that is a module file
    for n in range(len(path), -1, -1):
        if tuple(path[:n]) in files:
            return tuple(path[:n])
    return None

def strip_comments(text):
    text = re.sub(r'//[^\n]*', '', text)
    return re.sub(r'"(?:\\.|[^"\\])*"', '""', text)

def edges(files, mod, text):
    out = set()
    text = strip_comments(text)
    # is this file a mod.rs/lib.rs (its own dir) or a leaf?
    p = files[mod]
    is_dir = os.path.basename(p) in ('mod.rs', 'lib.rs', 'main.rs')
    parent = mod if is_dir else mod[:-1]
    here = mod
    uses = re.findall(r'\buse\s+([^;]+);', text)
    paths = []
    for u in uses:
        # expand one level of braces: a::{b, c::d} -> a::b, a::c::d
        m = re.match(r'^(.*?)::\{(.*)\}$', u.strip(), re.S)
        if m:
            base = m.group(1)
            inner = re.sub(r'\{[^{}]*\}', '', m.group(2))
            for part in inner.split(','):
                part = part.strip().split(' as ')[0]
                if part:
                    paths.append(base + '::' + part)
        else:
            paths.append(u.strip().split(' as ')[0])
    paths += re.findall(r'\b(crate(?:::\w+)+)', text)
    paths += re.findall(r'\b(super(?:::\w+)+)', text)

    for path in paths:
        segs = [s for s in path.replace(' ', '').split('::') if s]
        if not segs: continue
        if segs[0] == 'crate':
            target = segs[1:]
        elif segs[0] == 'super':
            base = list(parent)
            while segs and segs[0] == 'super':
                base = base[:-1] if segs is not None else base
                segs = segs[1:]
            # `super` from a leaf file means the parent dir module
            target = base + segs
            if not is_dir:
                target = list(parent) + segs if path.count('super') == 1 else target
        elif segs[0] == 'self':
            target = list(mod if is_dir else mod) + segs[1:]
        else:
            continue
        t = resolve(files, target)
        if t is not None and t != mod:
            out.add(t)
    return out

def sccs(graph):
    index, low, stack, on, res, i = {}, {}, [], set(), [], [0]
    sys.setrecursionlimit(10000)
    def strong(v):
        index[v] = low[v] = i[0]; i[0] += 1; stack.append(v); on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                strong(w); low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on.discard(w); comp.append(w)
                if w == v: break
            if len(comp) > 1: res.append(comp)
    for v in graph:
        if v not in index: strong(v)
    return res

# The core's areas: none may use another; what they share sits above them.
AREAS = ('network', 'cooperation', 'gign')

def main():
    total, crossings = 0, 0
    for src in sys.argv[1:]:
        files = modules(src)
        graph = {m: edges(files, m, open(p).read()) for m, p in files.items()}
        for comp in sccs(graph):
            total += 1
            print(src + ': ' + ' <-> '.join('/'.join(c) or 'lib' for c in sorted(comp)))
        for m, targets in graph.items():
            for t in targets:
                if m and t and m[0] in AREAS and t[0] in AREAS and m[0] != t[0]:
                    crossings += 1
                    print(f"{src}: {'/'.join(m)} uses {'/'.join(t)} (areas stay apart)")
    print(f'{total} cycle(s), {crossings} import(s) across areas')
    sys.exit(1 if total or crossings else 0)
main()
