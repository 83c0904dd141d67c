// sys-vm-access-rights.s — page access rights: every ar (0-7) x pl (0-3) for read, write and
// execute at privilege levels 0 and 3, with probe and with real faults
//
// 32 data pages (region 2, 4 KiB each, page i = ar x 4 + pl) and 32 code pages (region 3,
// 16 KiB each, all onto the one physical page holding far) are inserted with itc.d/itc.i
// (SDM Vol. 2 Part I 4.1.1.6 Table 4-4 access rights; Vol. 3 probe):
// - at privilege 0, probe.r and probe.w at levels 0-3 (imm2 form for 0 and 1, register form for
//   2 and 3: the level probed is max(pl, cpl)) give 8 bits per page, stored as bytes and read
//   back in r46-r49; at privilege 3 probe.r and probe.w give 2 bits per page, r50, r51, r64, r65;
// - a branch into each code page at privilege 0, then at privilege 3: the bit of a page is
//   set in r52 (cpl 0) / r53 (cpl 3) when the code ran, clear when the fetch raised an
//   Instruction Access Rights fault (IVA+0x5200; the handler returns to b7); r54 counts them;
// - real Data Access Rights faults (IVA+0x5300; ISR.w or ISR.r, cr.ifa): a store to an ar 0
//   page and to an ar 7 page at privilege 0, a load from a pl 0 page at privilege 3.
// Privilege 3 is entered with rfi and left with a break whose handler clears ipsr.cpl.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction and data lookup while psr.ic is 1 (tlb.c dataLookup, instLookup); the handlers record them
// ski-excluded: cr.iipa -- not visible while psr.ic is 1 (SDM Vol. 2 3.3.5.6: accesses fault); Ski updates it after every instruction

	.explicit
	.include "system.inc"
	.include "vm.inc"
	RRVAL	RR0, 0x100, PS_16K, 0
	RRVAL	RR2, 0x302, PS_4K, 0
	RRVAL	RR3, 0x403, PS_16K, 0
	REGION2 = 2 << 61
	REGION3 = 3 << 61
	PTE_RWX3 = PTE_P | PTE_A | PTE_D | (3 << 7) | (3 << 9)
	RESULTS = 0x2f0000
	.text
	.align 32768
ivt:
	ENTRY 0x2c00				// break: back to privilege 0
	mov r16 = cr.ipsr ;;
	dep r16 = 0, r16, 32, 2 ;;
	mov cr.ipsr = r16 ;;
	srlz.d ;;
	SKIP_RFI

	ENTRY 0x5200				// Instruction Access Rights: return to b7
	RECORD
	mov r16 = b7
	mov r17 = cr.ipsr ;;
	mov cr.iip = r16
	dep r17 = 0, r17, 41, 2 ;;
	mov cr.ipsr = r17 ;;
	rfi ;;

	ENTRY 0x5300				// Data Access Rights: skip the reference
	RECORD
	SKIP_RFI

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 88, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	SET_RR	0, RR0
	SET_RR	2, RR2
	SET_RR	3, RR3
	ITR	i, 0, 0x100000, PS_1M, 0, 0x100000 | PTE_RWX3
	ITR	d, 0, 0x200000, PS_1M, 0, 0x200000 | PTE_RWX3
	// the 32 data and 32 code pages
	mov r20 = 0 ;;
.Lins:
	shl r21 = r20, 12
	movl r22 = REGION2
	and r23 = 3, r20
	shr.u r24 = r20, 2 ;;
	add r21 = r21, r22
	shl r23 = r23, 7
	shl r24 = r24, 9
	movl r25 = 0x230000 | PTE_P | PTE_A | PTE_D ;;
	or r25 = r25, r23 ;;
	or r25 = r25, r24
	mov cr.ifa = r21
	movl r26 = PS_4K << 2 ;;
	mov cr.itir = r26 ;;
	itc.d r25 ;;
	shl r21 = r20, 14
	movl r22 = REGION3 ;;
	add r21 = r21, r22
	movl r26 = PS_16K << 2
	movl r27 = far ;;
	mov cr.ifa = r21
	mov cr.itir = r26
	or r27 = r27, r23 ;;
	or r27 = r27, r24
	movl r28 = PTE_P | PTE_A | PTE_D ;;
	or r27 = r27, r28 ;;
	itc.i r27 ;;
	adds r20 = 1, r20 ;;
	cmp.gtu p6, p0 = 32, r20
(p6)	br.cond.sptk.few .Lins ;;
	mov r39 = 0
	RFI_TO	virtual, PSR_VIRT
virtual:
	// probes at privilege 0
	mov r20 = 0
	movl r30 = RESULTS
	mov r2 = 2
	mov r3 = 3 ;;
.Lprobe0:
	shl r21 = r20, 12
	movl r22 = REGION2 ;;
	add r21 = r21, r22 ;;
	probe.r r23 = r21, 0
	probe.w r24 = r21, 0 ;;
	shladd r25 = r24, 1, r23
	probe.r r23 = r21, 1
	probe.w r24 = r21, 1 ;;
	shladd r23 = r23, 2, r25 ;;
	shladd r25 = r24, 3, r23
	probe.r r23 = r21, r2
	probe.w r24 = r21, r2 ;;
	shladd r23 = r23, 2, r0
	shladd r24 = r24, 3, r0 ;;
	shladd r25 = r23, 2, r25 ;;
	shladd r25 = r24, 2, r25
	probe.r r23 = r21, r3
	probe.w r24 = r21, r3 ;;
	shladd r23 = r23, 3, r0
	shladd r24 = r24, 4, r0 ;;
	shladd r25 = r23, 3, r25 ;;
	shladd r25 = r24, 3, r25 ;;
	st1 [r30] = r25, 1
	adds r20 = 1, r20 ;;
	cmp.gtu p6, p0 = 32, r20
(p6)	br.cond.sptk.few .Lprobe0 ;;
	// execution at privilege 0
	mov r20 = 0
	mov r31 = 0 ;;
.Lexec0:
	shl r21 = r20, 14
	movl r22 = REGION3 ;;
	add r21 = r21, r22
	movl r22 = .Lexec0ret ;;
	mov b6 = r21
	mov b7 = r22
	mov r23 = r39 ;;
	br.sptk.many b6 ;;
.Lexec0ret:
	cmp.eq p6, p0 = r23, r39
	mov r24 = 1 ;;
	shl r24 = r24, r20
	adds r20 = 1, r20 ;;
(p6)	or r31 = r31, r24
	cmp.gtu p6, p0 = 32, r20
(p6)	br.cond.sptk.few .Lexec0 ;;
	mov r52 = r31
	// real Data Access Rights faults at privilege 0
	movl r21 = REGION2 + 0x0010 ;;		// ar 0, pl 0
	st8 [r21] = r0				// write
	mov r55 = r39
	mov r56 = r40
	mov r57 = r42
	movl r21 = REGION2 + 0x1c010 ;;		// ar 7, pl 0
	ld8 r58 = [r21] ;;			// read: allowed at privilege 0
	st8 [r21] = r0				// write
	mov r59 = r39
	mov r60 = r40
	// privilege 3
	rsm psr.ic ;;
	srlz.d ;;
	RFI_TO	user, PSR_VIRT | PSR_CPL3
user:
	mov r20 = 0
	movl r30 = RESULTS + 32 ;;
.Lprobe3:
	shl r21 = r20, 12
	movl r22 = REGION2 ;;
	add r21 = r21, r22 ;;
	probe.r r23 = r21, 0
	probe.w r24 = r21, r0 ;;
	shladd r25 = r24, 1, r23 ;;
	st1 [r30] = r25, 1
	adds r20 = 1, r20 ;;
	cmp.gtu p6, p0 = 32, r20
(p6)	br.cond.sptk.few .Lprobe3 ;;
	mov r20 = 0
	mov r31 = 0 ;;
.Lexec3:
	shl r21 = r20, 14
	movl r22 = REGION3 ;;
	add r21 = r21, r22
	movl r22 = .Lexec3ret ;;
	mov b6 = r21
	mov b7 = r22
	mov r23 = r39 ;;
	br.sptk.many b6 ;;
.Lexec3ret:
	cmp.eq p6, p0 = r23, r39
	mov r24 = 1 ;;
	shl r24 = r24, r20
	adds r20 = 1, r20 ;;
(p6)	or r31 = r31, r24
	cmp.gtu p6, p0 = 32, r20
(p6)	br.cond.sptk.few .Lexec3 ;;
	mov r53 = r31
	movl r21 = REGION2 + 0x8010 ;;		// ar 2, pl 0
	ld8 r8 = [r21]				// read at privilege 3
	mov r61 = r39
	mov r62 = r40
	mov r63 = r42
	break.m 0x99 ;;				// back to privilege 0
	mov r54 = r39
	movl r30 = RESULTS ;;
	ld8 r46 = [r30], 8 ;;
	ld8 r47 = [r30], 8 ;;
	ld8 r48 = [r30], 8 ;;
	ld8 r49 = [r30], 8 ;;
	ld8 r50 = [r30], 8 ;;
	ld8 r51 = [r30], 8 ;;
	ld8 r64 = [r30], 8 ;;
	ld8 r65 = [r30] ;;
	RFI_SYNC PSR_VIRT
	EXIT
	.endp _start

	.org ivt + 0x10000
	.proc far
far:
	br.sptk.many b7 ;;
	.endp far
