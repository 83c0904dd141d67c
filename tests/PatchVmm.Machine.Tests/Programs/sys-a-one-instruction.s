// sys-a-one-instruction.s — psr.da, dd, ed and id last one instruction
//
// psr.da (access/dirty-bit checks), psr.dd (data breakpoints), psr.ed (speculative loads
// defer) and psr.id (instruction breakpoints) disable their check for one instruction: rfi
// installs them, the first instruction at cr.iip runs without the check, and they are 0 after
// it completes (SDM Vol. 2 3.3.2 Table 3-2; a fault leaves them set for the re-execution).
// With data translation on (psr.dt = 1, instruction fetch physical) and two data translation
// registers — 0x200000 with the accessed bit 0, 0x201000 accessed — and a read
// breakpoint on 0x201010 and an instruction breakpoint on the bundle at ibrk (psr.db = 1),
// each disable is installed by rfi before two identical instructions: the first passes, the
// second faults (Data Access Bit IVA+0x2800, Data Debug and Instruction Debug IVA+0x5900;
// the handlers keep cr.isr in r9 and return with the disable set, so the faulting instruction
// passes on its second try), and for psr.ed the first ld8.s gets a NaT and the second the
// value. psr.ia (instruction access bits) needs instruction translation and is not covered.
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
	ENTRY 0x2800
	// Data Access Bit: again, with psr.da.
	mov r16 = cr.isr
	mov r17 = cr.ipsr ;;
	mov r9 = r16
	dep r17 = -1, r17, 38, 1
	adds r8 = 1, r8 ;;
	mov cr.ipsr = r17 ;;
	rfi ;;

	ENTRY 0x5900
	// Data or Instruction Debug: again, with psr.dd or psr.id.
	mov r16 = cr.isr
	mov r17 = cr.ipsr ;;
	mov r9 = r16
	tbit.nz p6, p7 = r16, 32 ;;	// x: an instruction breakpoint
(p6)	dep r17 = -1, r17, 37, 1	// id
(p7)	dep r17 = -1, r17, 39, 1	// dd
	adds r8 = 1, r8 ;;
	mov cr.ipsr = r17 ;;
	rfi ;;

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r3 = ar.pfs, 0, 64, 0, 0 ;;
	movl r3 = ivt ;;
	mov cr.iva = r3
	mov r8 = 0 ;;
	bsw.1 ;;
	movl r20 = 0x200000		// bank 1
	movl r21 = 0x201010
	movl r22 = 0x201000 ;;
	mov r3 = 0x5a5
	movl r4 = 0x201018 ;;
	st8 [r21] = r3
	st8 [r4] = r3
	st8 [r22] = r3
	// Translation registers (4 KiB, identity, pl 0, rw): 0x200000 not accessed, 0x201000
	// accessed, not dirty (Ski's quick check of an accessed and dirty page skips the data
	// breakpoints, tlb.c dtlbLookup). The interruption CRs are writable: psr.ic = 0.
	mov r4 = 12 << 2 ;;
	mov cr.itir = r4
	mov cr.ifa = r20
	movl r6 = 0x200000 | (2 << 9) | 1 ;;
	mov r5 = 0 ;;
	itr.d dtr[r5] = r6 ;;
	srlz.d
	mov cr.ifa = r22
	movl r6 = 0x201000 | (2 << 9) | (1 << 5) | 1
	mov r5 = 1 ;;
	itr.d dtr[r5] = r6 ;;
	srlz.d
	// dbr0/1: reads of 0x201010 (8 bytes); ibr0/1: the bundle at ibrk; every level.
	mov r4 = 0
	mov r5 = 1
	movl r7 = (1 << 63) | (0xf << 56) | 0xfffffffffffff8 ;;
	mov dbr[r4] = r21
	mov dbr[r5] = r7
	movl r6 = ibrk
	movl r7 = (1 << 63) | (0xf << 56) | 0xfffffffffffff0 ;;
	mov ibr[r4] = r6
	mov ibr[r5] = r7 ;;
	srlz.d
	movl r10 = (1 << 44) | (1 << 13) | (1 << 17) | (1 << 24)	// bn ic dt db: the base psr
	// psr.da.
	movl r3 = t_da
	movl r4 = 1 << 38 ;;
	or r5 = r10, r4
	mov cr.iip = r3 ;;
	mov cr.ipsr = r5
	mov cr.ifs = r0 ;;
	rfi ;;
t_da:
	ld8 r40 = [r20] ;;		// no check
	mov r9 = -1 ;;
	ld8 r41 = [r20] ;;		// Data Access Bit fault (then again with da)
	mov r42 = r9
	// psr.dd.
	rsm psr.ic ;;
	srlz.d
	movl r3 = t_dd
	movl r4 = 1 << 39 ;;
	or r5 = r10, r4
	mov cr.iip = r3 ;;
	mov cr.ipsr = r5 ;;
	rfi ;;
t_dd:
	ld8 r43 = [r21] ;;		// no check
	mov r9 = -1 ;;
	ld8 r44 = [r21] ;;		// Data Debug fault (then again with dd)
	mov r45 = r9
	// psr.ed.
	rsm psr.ic ;;
	srlz.d
	movl r3 = t_ed
	movl r4 = 1 << 43 ;;
	or r5 = r10, r4
	mov cr.iip = r3 ;;
	mov cr.ipsr = r5 ;;
	rfi ;;
t_ed:
	ld8.s r46 = [r22] ;;		// deferred: NaT
	ld8.s r47 = [r22] ;;		// the value
	// psr.id: into the breakpoint bundle, then a branch to it from another page.
	rsm psr.ic ;;
	srlz.d
	movl r3 = ibrk
	movl r4 = 1 << 37 ;;
	or r5 = r10, r4
	mov cr.iip = r3 ;;
	mov cr.ipsr = r5 ;;
	movl r11 = t_id
	mov r9 = -1 ;;
	rfi ;;
t_id:
	mov r48 = r9			// no fault the first time
	mov r49 = r36
	movl r11 = t_id2 ;;
	br.cond.sptk.few ibrk ;;	// Instruction Debug fault (then again with id)
t_id2:
	mov r50 = r9
	mov r51 = r36
	mov r52 = r8
	// A last rfi into slot 0 (physical, no breakpoints).
	rsm psr.ic ;;
	srlz.d
	movl r3 = done
	movl r5 = (1 << 44) | (1 << 13) ;;
	mov cr.iip = r3
	mov cr.ipsr = r5 ;;
	rfi ;;
done:
	EXIT

	.align 4096
ibrk:
	{ .mii
	adds r36 = 1, r36
	mov b6 = r11
	nop.i 0 ;; }
	{ .mib
	nop.m 0
	nop.i 0
	br.sptk.few b6 ;; }
	.endp _start
