#!/usr/bin/env python3
"""Issue 16: what the JIT does in a run, from HotSpot's compilation log.

    java -XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=/tmp/lc.log \
         -Dgapsim.jit=c2 -jar sim-scenarios/target/gapsim.jar run -n 3000 --threads 1 -q --out /tmp/lc-out
    tools/jit-stats.py /tmp/lc.log

Prints: how many compiled methods were made not entrant, by the tier of the code replaced (tiers 2-3 replaced by
tier 4 is normal tiered compilation, not churn; tier 4 made not entrant is a real deoptimization); the uncommon
traps hit (deoptimizations) by reason; the compile time per tier (task start to done, summed over the compiler
threads; wall time, so a busy host inflates it); the longest C2 compilations; and the traps hit in gapsim's code,
by method and bytecode index. (JDK 17 has no -Xlog:deoptimization tag; this log is the way.)
"""
import collections
import re
import sys

f = sys.argv[1]
lines=open(f,errors='replace').read().split('\n')
mne=collections.Counter(); mne4=collections.Counter()
traps=collections.Counter(); reasons=collections.Counter()
tasks={}; ctime=collections.Counter(); ccount=collections.Counter(); total=collections.Counter()
cur=None
for i,l in enumerate(lines):
    if l.startswith('<make_not_entrant'):
        lv=re.search(r"level='(\d)'",l); lv=lv.group(1) if lv else '?'
        mne[lv]+=1
    elif l.startswith('<uncommon_trap thread='):
        r=re.search(r"reason='([^']*)'",l).group(1)
        lv=re.search(r"level='(\d)'",l); 
        for j in range(i+1,i+8):
            mm=re.search(r"<jvms bci='(\d+)' method='([^']*)'",lines[j])
            if mm: break
        parts=mm.group(2).split(' ')
        traps[(r,parts[0]+'::'+parts[1],mm.group(1))]+=1; reasons[r]+=1
    elif l.startswith('<task '):
        m=re.search(r"method='([^']*)'",l); st=float(re.search(r"stamp='([\d.]+)'",l).group(1))
        lvl=re.search(r"level='(\d)'",l); lvl=lvl.group(1) if lvl else '4'
        parts=m.group(1).split(' ')
        cur=(parts[0]+'::'+parts[1],lvl,st)
    elif l.startswith('<task_done') and cur:
        st=float(re.search(r"stamp='([\d.]+)'",l).group(1))
        ctime[(cur[0],cur[1])]+=st-cur[2]; ccount[(cur[0],cur[1])]+=1; total[cur[1]]+=st-cur[2]
        cur=None
print('make_not_entrant by level of the code made not entrant:',dict(mne))
print('uncommon traps hit (deopts) by reason:',reasons.most_common())
print('compile time by level (s, summed over compiler threads):',{k:round(v,1) for k,v in total.items()})
print('top C2 compile times:')
for k,v in sorted(ctime.items(),key=lambda x:-x[1])[:25]:
    if k[1]=='4': print('  %6.2fs x%d %s'%(v,ccount[k],k[0]))
print('deopts at gapsim code:')
for k,v in traps.most_common():
    if 'gapsim' in k[1]: print('  ',v,k)
