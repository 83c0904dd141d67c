// sys-a-nat-consumption.s — Register NaT Consumption faults of system and memory instructions
//
// A NaT source where a value must be consumed raises a Register NaT Consumption fault:
// IVA+0x5600, ISR.code = 0x10 (SDM Vol. 2 5.6, 8.3 NaT Consumption vector), with ISR.r/w for
// a memory reference and ISR.na plus the non-access code for tpa (0), fc (1), tak (3) and
// lfetch.fault (4) (SDM Vol. 2 Table 5-5). Covered: mov cr=, mov psr.l=, mov rr[]= (index and
// value), mov pkr[]=, mov =dbr[] (index), mov ar.lc=, mov b=, mov pr=, ld8 and st8 through a
// NaT address, st8 of a NaT value, tpa, tak, fc, lfetch.fault, and itc.d (checked with psr.ic
// = 0, the handler then resuming at r36 with psr = r37 since only cr.isr is written). ld8.s,
// lfetch and probe... do not fault: ld8.s gives a NaT, lfetch is dropped. The handler keeps
// the last cr.isr in r33, counts in r35 and folds every cr.iip into r34 (xor); after each
// instruction r33 is copied into the next result register (r33 = -1 first).
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
	ENTRY 0x5600
	mov r16 = cr.isr ;;
	mov r33 = r16
	adds r35 = 1, r35
	tbit.nz p6, p0 = r16, 39 ;;	// ni: psr.ic was 0, nothing but cr.isr was written
(p6)	br.cond.spnt resume ;;
	mov r17 = cr.iip ;;
	xor r34 = r34, r17
	SKIP_RFI
resume:
	mov cr.ipsr = r37
	mov cr.iip = r36 ;;
	rfi ;;

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 64, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	mov r34 = 0
	mov r35 = 0
	movl r2 = 0x200000
	mov ar.unat = 1 ;;
	ld8.fill r4 = [r2] ;;		// r4: a NaT (its value is 0x200000's content, 0)
	COLLECT
	mov r33 = -1 ;;
	mov cr.dcr = r4 ;;
	srlz.d ;;
	mov r40 = r33
	mov r33 = -1 ;;
	mov psr.l = r4 ;;
	srlz.d ;;
	mov r41 = r33
	mov r33 = -1 ;;
	mov rr[r4] = r0 ;;
	srlz.d ;;
	mov r42 = r33
	mov r33 = -1 ;;
	mov rr[r0] = r4 ;;
	srlz.d ;;
	mov r43 = r33
	mov r33 = -1 ;;
	mov pkr[r0] = r4 ;;
	srlz.d ;;
	mov r44 = r33
	mov r33 = -1 ;;
	mov r3 = dbr[r4] ;;
	srlz.d ;;
	mov r45 = r33
	mov r33 = -1 ;;
	mov ar.lc = r4 ;;
	srlz.d ;;
	mov r46 = r33
	mov r33 = -1 ;;
	mov b1 = r4 ;;
	srlz.d ;;
	mov r47 = r33
	mov r33 = -1 ;;
	mov pr = r4, -1 ;;
	srlz.d ;;
	mov r48 = r33
	mov r33 = -1 ;;
	ld8 r3 = [r4] ;;
	srlz.d ;;
	mov r49 = r33
	mov r33 = -1 ;;
	st8 [r4] = r0 ;;
	srlz.d ;;
	mov r50 = r33
	mov r33 = -1 ;;
	st8 [r2] = r4 ;;
	srlz.d ;;
	mov r51 = r33
	mov r33 = -1 ;;
	tpa r3 = r4 ;;
	srlz.d ;;
	mov r52 = r33
	mov r33 = -1 ;;
	tak r3 = r4 ;;
	srlz.d ;;
	mov r53 = r33
	mov r33 = -1 ;;
	fc r4 ;;
	srlz.d ;;
	mov r54 = r33
	mov r33 = -1 ;;
	lfetch.fault [r4] ;;
	srlz.d ;;
	mov r55 = r33
	mov r33 = -1 ;;
	lfetch [r4] ;;
	srlz.d ;;
	mov r56 = r33
	ld8.s r57 = [r4] ;;		// no fault: a NaT
	mov r58 = r35
	// psr.ic = 0: itc.d (a fault writes cr.isr only).
	rsm psr.ic ;;
	srlz.d
	movl r37 = 1 << 44		// bank 1, ic 0
	mov r33 = -1
	movl r36 = back ;;
	itc.d r4 ;;
back:	mov r59 = r33
	mov r60 = r34
	mov r61 = r35
	// Back to psr.ic = 1, slot 0.
	movl r3 = done
	movl r5 = (1 << 44) | (1 << 13) ;;
	mov cr.iip = r3
	mov cr.ipsr = r5 ;;
	rfi ;;
done:
	EXIT
	.endp _start
