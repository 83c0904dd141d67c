// sys-a-taken-branch.s — Taken Branch traps (psr.tb)
//
// With psr.tb = 1 every taken branch raises a Taken Branch trap after it completes: IVA+
// 0x5f00, ISR.code bit 2, ISR.ei = the branch's slot, cr.iip/ipsr.ri = the branch target,
// cr.iipa the branch's bundle (SDM Vol. 2 3.3.2, 8.3 Taken Branch vector). Not-taken and
// predicated-off branches do not trap, nor does rfi (it is not a branch for psr.tb). Covered:
// br.cond in slot 2, br.cond in slot 0 of a BBB bundle, br.call, br.ret, an indirect br, a
// br.cloop (taken, then falling through), a not-taken br.cond. The handler stores cr.isr and
// the target (cr.iip relative to _start, with ipsr.ri) at r14 (0x200000 on) and counts in
// r13; the program loads the records into r40 and up. psr.tb is installed by rfi and removed
// with mov psr.l.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.iipa -- only defined at an interruption (SDM Vol. 2 3.3.5.6); at EXIT Ski holds the last fall-through instruction's address with its slot bits (sim.c iCycleSys)
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup/instLookup); no fault here defines them

	.explicit
	.include "system.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x5f00
	LOG_TRAP

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 80, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2
	movl r12 = _start
	movl r14 = 0x200000
	mov r13 = 0 ;;
	bsw.1 ;;
	movl r3 = tb
	movl r5 = (1 << 44) | (1 << 13) | (1 << 26) ;;	// bank 1, ic, tb
	mov cr.iip = r3
	mov cr.ipsr = r5
	mov cr.ifs = r0 ;;
	rfi ;;
tb:
	cmp.eq p6, p7 = r0, r0 ;;
(p7)	br.cond.sptk.few never		// predicated off: no trap
	cmp.eq p8, p0 = 1, r0 ;;
(p8)	br.cond.sptk.few never ;;	// not taken (p8 = 0)
	br.cond.sptk.few t1 ;;		// slot 2
t1:
	{ .bbb
	br.cond.sptk.few t2		// slot 0
	nop.b 0
	nop.b 0 ;; }
t2:
	br.call.sptk.many b0 = f ;;
	movl r3 = t3 ;;
	mov b6 = r3 ;;
	br.sptk.few b6 ;;		// indirect
t3:
	mov ar.lc = 1 ;;
loop:
	br.cloop.sptk.few loop ;;	// taken once, then falls through
	// psr.tb off.
	mov r3 = psr ;;
	dep r3 = 0, r3, 26, 1 ;;
	mov psr.l = r3 ;;
	srlz.d ;;
	br.cond.sptk.few t4 ;;		// no trap any more
t4:
	mov r39 = r13
	movl r2 = 0x200000 ;;
	ld8 r40 = [r2], 8 ;;
	ld8 r41 = [r2], 8 ;;
	ld8 r42 = [r2], 8 ;;
	ld8 r43 = [r2], 8 ;;
	ld8 r44 = [r2], 8 ;;
	ld8 r45 = [r2], 8 ;;
	ld8 r46 = [r2], 8 ;;
	ld8 r47 = [r2], 8 ;;
	ld8 r48 = [r2], 8 ;;
	ld8 r49 = [r2], 8 ;;
	ld8 r50 = [r2], 8 ;;
	ld8 r51 = [r2], 8 ;;
	ld8 r52 = [r2], 8 ;;
	ld8 r53 = [r2], 8 ;;
	ld8 r54 = [r2], 8 ;;
	ld8 r55 = [r2], 8 ;;
	ld8 r56 = [r2], 8 ;;
	ld8 r57 = [r2], 8 ;;
	ld8 r58 = [r2], 8 ;;
	ld8 r59 = [r2], 8 ;;
	ld8 r60 = [r2], 8 ;;
	ld8 r61 = [r2], 8 ;;
	EXIT
never:
	break.m 0 ;;
f:
	br.ret.sptk.many b0 ;;
	.endp _start
