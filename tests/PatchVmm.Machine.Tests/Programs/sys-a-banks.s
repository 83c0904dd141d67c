// sys-a-banks.s — the banked registers r16–r31: bsw, rfi's psr.bn, interruptions
//
// r16–r31 have two banks selected by psr.bn (SDM Vol. 2 3.3.7): bsw.0/bsw.1 switch at PL 0
// and keep both banks' values and NaT bits (SDM Vol. 3 bsw); an interruption always selects
// bank 0 (SDM Vol. 2 5.5, the handler sees bank 0 whatever was interrupted) and records the
// interrupted bn in cr.ipsr; rfi switches to the bank cr.ipsr.bn names (SDM Vol. 3 rfi). The
// program fills both banks (r16 of bank 1 with a NaT from ld8.fill), takes a Break from bank 1
// (the handler, which uses r16–r23 of bank 0 as scratch, reads and changes bank 0, sees bank 1's values untouched on return), has a
// handler return into bank 0 by clearing cr.ipsr.bn, takes a Break from bank 0, and returns
// to bank 1 through a last rfi. tnat results are kept in predicates and moved to registers.
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
	ENTRY 0x2c00
	mov r20 = cr.iim
	mov r21 = cr.ipsr ;;
	cmp.eq p6, p0 = 1, r20
	cmp.eq p7, p0 = 2, r20 ;;
(p6)	mov r40 = r24			// bank 0 in the handler
(p6)	mov r41 = r31
(p6)	mov r42 = r21			// ipsr.bn = 1
(p6)	mov r25 = 0x5125		// changes bank 0's r25
(p7)	mov r43 = r24
(p7)	mov r44 = r21 ;;		// ipsr.bn = 0
	cmp.eq p6, p0 = 3, r20 ;;
	// Break 3: return into bank 0.
(p6)	dep r21 = 0, r21, 44, 1 ;;
(p6)	mov cr.ipsr = r21 ;;
	srlz.d ;;
	SKIP_RFI

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 40, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	// Bank 0 (psr.bn = 0 at boot).
	mov r16 = 0x0016
	mov r24 = 0x0024
	mov r25 = 0x0025
	mov r31 = 0x0031 ;;
	bsw.1 ;;
	// Bank 1; r16 gets a NaT.
	movl r2 = 0x200000
	mov ar.unat = 1 ;;
	ld8.fill r16 = [r2]
	mov r24 = 0x1024
	mov r25 = 0x1025
	mov r31 = 0x1031 ;;
	bsw.0 ;;
	mov r33 = r16			// 0x16
	mov r34 = r24
	mov r48 = r25
	mov r49 = r31
	tnat.nz p8, p0 = r16 ;;		// 0
	bsw.1 ;;
	tnat.nz p9, p0 = r16		// 1
	mov r35 = r24
	mov r36 = r31 ;;

	COLLECT
	break.m 1 ;;			// from bank 1
	tnat.nz p10, p0 = r16		// still 1
	mov r37 = r25			// bank 1 untouched: 0x1025
	mov r38 = r31
	break.m 3 ;;			// the handler returns into bank 0
	mov r39 = r25			// bank 0's, changed by the handler: 0x5125
	tnat.nz p11, p0 = r16		// 0
	break.m 2 ;;			// from bank 0
	mov r45 = r24
	mov r46 = pr ;;

	// Back to bank 1 (and slot 0) by rfi.
	rsm psr.ic ;;
	srlz.d
	movl r3 = done
	movl r5 = 1 << 13 | 1 << 44 ;;
	mov cr.iip = r3
	mov cr.ipsr = r5
	mov cr.ifs = r0 ;;
	rfi ;;
done:
	mov r47 = r25			// 0x1025
	EXIT
	.endp _start
