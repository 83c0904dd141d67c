// sys-a-debug-breakpoints.s — dbr/ibr moves, Data and Instruction Debug faults, psr.dd/psr.id
//
// The debug breakpoint registers come in pairs (SDM Vol. 2 7.1.1): dbr/ibr n even holds the
// address, n+1 the mask (55:0), plm (59:56) and the r/w (63:62) or x (63) enables; writes of
// odd DBRs ignore bits 61:60 and of odd IBRs bits 62:60, which read back as 0. With psr.db =
// 1, a data reference whose address matches an enabled DBR pair (under its mask, for a
// privilege level in plm) raises a Data Debug fault — IVA+0x5900, ISR.r or w, cr.ifa = the
// address — and an instruction fetch matching an IBR pair an Instruction Debug fault — the
// same vector, ISR.x, cr.ifa = the bundle (SDM Vol. 2 7.1.2, 8.3 Debug vector). A handler
// returning with ipsr.dd (data) or ipsr.id (instruction) set lets the instruction run once
// without the check (Vol. 2 3.3.2). Covered: the ignored bits; a read breakpoint hit by ld8
// and skipped with dd, not hit by a store (w = 0), by another address, nor by a pair whose
// plm excludes PL 0, nor with psr.db = 0; a write breakpoint over 16 bytes hit by a cmpxchg8
// (ISR.r and w) and an st4 but not by a load; an instruction breakpoint on a bundle that
// starts a 4 KiB page (Ski checks IBRs when it enters a page) reached by a branch, skipped
// with id. The handler copies cr.isr, cr.ifa, cr.iip and cr.iipa (relative to the data or
// _start) to r9–r11 and r14.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.iipa -- only defined at an interruption (SDM Vol. 2 3.3.5.6); at EXIT Ski holds the last fall-through instruction's address with its slot bits (sim.c iCycleSys)
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup/instLookup); the handler keeps cr.ifa in a register

	.explicit
	.include "system.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x5900
	mov r16 = cr.isr
	mov r17 = cr.ifa
	mov r18 = cr.iip
	mov r19 = cr.ipsr
	mov r20 = cr.iipa ;;
	mov r9 = r16
	sub r14 = r20, r12
	tbit.nz p6, p7 = r16, 32 ;;	// x: an instruction breakpoint
(p6)	sub r10 = r17, r12
(p7)	sub r10 = r17, r2
	sub r11 = r18, r12
(p6)	dep r19 = -1, r19, 37, 1	// id
(p7)	dep r19 = -1, r19, 39, 1 ;;	// dd
	mov cr.ipsr = r19
	adds r8 = 1, r8 ;;
	rfi ;;				// run the instruction again, once unchecked

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r3 = ar.pfs, 0, 72, 0, 0 ;;
	movl r3 = ivt ;;
	mov cr.iva = r3
	movl r12 = _start
	movl r2 = 0x200000
	mov r8 = 0 ;;
	bsw.1 ;;
	// The ignored bits of odd registers.
	mov r4 = 0
	mov r5 = 1
	movl r6 = -1 ;;
	mov dbr[r4] = r6
	mov dbr[r5] = r6
	mov ibr[r4] = r6
	mov ibr[r5] = r6 ;;
	srlz.d ;;
	mov r40 = dbr[r4]
	mov r41 = dbr[r5]
	mov r42 = ibr[r4]
	mov r43 = ibr[r5]
	// dbr0/1: read of 0x200010 (8 bytes), every level. dbr2/3: 0x200020, PL 3 only.
	adds r6 = 0x10, r2
	movl r7 = (1 << 63) | (0xf << 56) | 0xfffffffffffff8 ;;
	mov dbr[r4] = r6
	mov dbr[r5] = r7
	mov r4 = 2
	mov r5 = 3
	adds r6 = 0x20, r2
	movl r7 = (3 << 62) | (0x8 << 56) | 0xfffffffffffff8 ;;
	mov dbr[r4] = r6
	mov dbr[r5] = r7
	// ibr0/1: the bundle at ibrk, every level.
	mov r4 = 0
	mov r5 = 1
	movl r6 = ibrk
	movl r7 = (1 << 63) | (0xf << 56) | 0xfffffffffffff0 ;;
	mov ibr[r4] = r6
	mov ibr[r5] = r7 ;;
	srlz.d ;;
	adds r20 = 0x10, r2
	adds r21 = 0x18, r2
	adds r22 = 0x20, r2
	COLLECT
	ld8 r44 = [r20] ;;		// psr.db = 0: no fault
	mov r45 = r8
	// psr.db = 1 (bit 24: mov psr.l).
	mov r3 = psr ;;
	dep r3 = -1, r3, 24, 1 ;;
	mov psr.l = r3 ;;
	srlz.d ;;
	mov r9 = -1
	st8 [r20] = r12 ;;		// w = 0 in dbr1: no fault
	mov r46 = r9
	ld8 r47 = [r20] ;;		// Data Debug fault, then again with dd
	mov r48 = r9
	mov r49 = r10
	mov r50 = r11
	mov r59 = r14
	mov r9 = -1 ;;
	ld8 r51 = [r21]			// another address
	ld8 r52 = [r22] ;;		// plm of dbr3 excludes PL 0
	mov r53 = r9
	// dbr4/5: writes of 0x200040..0x20004f (a 16-byte mask), every level.
	mov r4 = 4
	mov r5 = 5
	adds r6 = 0x40, r2
	movl r7 = (1 << 62) | (0xf << 56) | 0xfffffffffffff0 ;;
	mov dbr[r4] = r6
	mov dbr[r5] = r7 ;;
	srlz.d
	adds r23 = 0x48, r2
	adds r24 = 0x4c, r2
	mov ar.ccv = r0
	mov r9 = -1 ;;
	ld8 r61 = [r6] ;;		// a read: no fault
	mov r62 = r9
	cmpxchg8.acq r63 = [r23], r0, ar.ccv ;;	// a semaphore writes: ISR.r and w
	mov r64 = r9
	mov r65 = r10
	st4 [r24] = r0 ;;		// ISR.w
	mov r66 = r9
	mov r67 = r10
	br.cond.sptk.few ibrk ;;	// Instruction Debug fault, then again with id
back:
	mov r54 = r9
	mov r55 = r10
	mov r56 = r11
	mov r57 = r8
	mov r58 = r36
	mov r60 = r14
	// psr.db off, and a last rfi into slot 0.
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
	{ .mib
	adds r36 = 0x36, r0
	nop.i 0
	br.cond.sptk.few back ;; }
	.endp _start
