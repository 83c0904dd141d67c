// sys-vm-spec.s — speculative loads through translation: deferral by cr.dcr and the code
// page's ed bit, by psr.ic = 0, and the faults of a speculative load that does not defer
//
// SDM Vol. 2 Part I 5.5.5 (deferral of speculative load faults: a speculative load defers
// when psr.ic = 0, or when the page it executes from has ed = 1 and cr.dcr asks: dm TLB
// misses, dp page not present, dk key miss, dx key permission, dr access rights, da access
// bit), 4.4.1 (NaTPage and uncacheable pages always give NaT), 8.3 ISR.sp / ISR.ed; Vol. 3
// ld.s, chk.s. One routine (at 0x110000) runs ld8.s from eight pages — a missing translation,
// a NaT page, p = 0, a key no PKR holds, a key with rd, a = 0, an uncacheable page, a normal
// page — and leaves in r30 the loads that returned NaT and in r31 the ones that faulted (the
// handlers record and skip):
//   run 1: dcr = 0, from the ed = 0 identity code;   run 2: dcr = all, from an ed = 1 alias;
//   run 3: dcr = all, from the ed = 0 code;           run 4: psr.ic = 0, ed = 0 code;
//   run 5: dcr = dm only, from the ed = 1 alias (ISR.ed = 1 in its faults).
// chk.s branches to recovery code for a NaT result.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction and data lookup while psr.ic is 1 (tlb.c dataLookup, instLookup); the handlers record them
// ski-excluded: cr.iipa -- not visible while psr.ic is 1 (SDM Vol. 2 3.3.5.6: accesses fault); Ski updates it after every instruction

	.explicit
	.include "system.inc"
	.include "vm.inc"
	RRVAL	RR0, 0x100, PS_16K, 0
	RRVAL	RR2, 0x302, PS_8K, 0
	RRVAL	RR3, 0x403, PS_16K, 0
	REGION2 = 2 << 61
	REGION3 = 3 << 61
	DCR_ALL = 0x3f << 8

	.macro	RECORD_SKIP
	RECORD
	br.sptk.many skip ;;
	.endm

// One speculative load from ADDR: bit BIT of r30 when it gives NaT, of r31 when it faults.
	.macro	SPEC_ONE addr, bit
	mov r23 = r39
	mov r24 = 0x5a ;;
	ld8.s r24 = [\addr] ;;
	tnat.nz p6, p0 = r24
	cmp.ne p7, p0 = r23, r39 ;;
(p6)	dep r30 = -1, r30, \bit, 1
(p7)	dep r31 = -1, r31, \bit, 1
	.endm

	.text
	.align 32768
ivt:
	ENTRY 0x1000
	RECORD_SKIP
	ENTRY 0x1c00
	RECORD_SKIP
	ENTRY 0x2800
	RECORD_SKIP
	ENTRY 0x5000
	RECORD_SKIP
	ENTRY 0x5100
	RECORD_SKIP

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
	movl r2 = 0x228010
	movl r3 = 0x600d ;;
	st8 [r2] = r3
	IDENTITY_MAPS
	ITR	i, 1, REGION3 + 0x110000, PS_16K, 0, 0x110000 | PTE_RWX0 | PTE_ED
	ITR	d, 2, REGION2 + 0x4000, PS_8K, 0, 0x228000 | PTE_RWX0 | PTE_MA_NAT
	ITR	d, 3, REGION2 + 0x6000, PS_8K, 0, 0x228000 | PTE_RWX0 & ~PTE_P
	ITR	d, 4, REGION2 + 0x8000, PS_8K, 0x66, 0x228000 | PTE_RWX0
	ITR	d, 5, REGION2 + 0xa000, PS_8K, 0x67, 0x228000 | PTE_RWX0
	ITR	d, 6, REGION2 + 0xc000, PS_8K, 0, 0x228000 | PTE_P | PTE_D | (3 << 9)
	ITR	d, 7, REGION2 + 0xe000, PS_8K, 0, 0x228000 | PTE_RWX0 | PTE_MA_UC
	ITR	d, 8, REGION2 + 0x10000, PS_8K, 0, 0x228000 | PTE_RWX0
	mov r16 = 0
	mov r17 = 1 ;;				// key 0
	mov pkr[r16] = r17
	mov r16 = 1
	movl r17 = (0x67 << 8) | 4 | 1 ;;	// key 0x67, rd
	mov pkr[r16] = r17 ;;
	srlz.d ;;
	mov r39 = 0
	RFI_TO	virtual, PSR_VIRT | PSR_PK
virtual:
	movl r2 = REGION2 + 0x2010		// missing
	movl r3 = REGION2 + 0x4010		// NaT page
	movl r4 = REGION2 + 0x6010		// p = 0
	movl r5 = REGION2 + 0x8010		// key miss
	movl r6 = REGION2 + 0xa010		// key rd
	movl r7 = REGION2 + 0xc010		// a = 0
	movl r8 = REGION2 + 0xe010		// uncacheable
	movl r9 = REGION2 + 0x10010 ;;		// normal
	movl r10 = spec_run
	movl r11 = REGION3 + spec_run ;;
	mov b6 = r10
	mov cr.dcr = r0 ;;
	movl r12 = .Lrun1 ;;
	mov b7 = r12
	br.sptk.many b6 ;;			// run 1
.Lrun1:
	mov r46 = r30
	mov r47 = r31
	mov r48 = r42
	mov r49 = r25
	mov b6 = r11
	movl r12 = DCR_ALL ;;
	mov cr.dcr = r12
	movl r12 = .Lrun2 ;;
	mov b7 = r12
	br.sptk.many b6 ;;			// run 2
.Lrun2:
	mov r50 = r30
	mov r51 = r31
	mov r52 = r25
	mov b6 = r10
	movl r12 = .Lrun3 ;;
	mov b7 = r12
	br.sptk.many b6 ;;			// run 3
.Lrun3:
	mov r53 = r30
	mov r54 = r31
	mov r55 = r42
	rsm psr.ic ;;
	srlz.d
	mov cr.dcr = r0
	movl r12 = .Lrun4 ;;
	mov b7 = r12
	br.sptk.many b6 ;;			// run 4
.Lrun4:
	ssm psr.ic ;;
	srlz.d
	mov r56 = r30
	mov r57 = r31
	mov r58 = r25
	mov b6 = r11
	mov r12 = 1 << 8 ;;
	mov cr.dcr = r12
	movl r12 = .Lrun5 ;;
	mov b7 = r12
	br.sptk.many b6 ;;			// run 5
.Lrun5:
	mov r59 = r30
	mov r60 = r31
	mov r61 = r42
	mov r62 = r39
	// chk.s
	mov r63 = 0
	ld8.s r24 = [r3] ;;
	chk.s r24, .Lrecover
.Lchecked:
	mov r64 = r24
	RFI_SYNC PSR_VIRT | PSR_PK
	EXIT
.Lrecover:
	mov r63 = 1
	mov r24 = 2
	br.sptk.many .Lchecked ;;
	.endp _start

	.org ivt + 0x9000
	.proc skip
skip:
	SKIP_RFI
	.endp skip

// r2-r9 the pages; r30 = NaT results, r31 = faults, r25 = the normal page's value; returns to b7.
	.org ivt + 0x10000
	.proc spec_run
spec_run:
	mov r30 = 0
	mov r31 = 0
	SPEC_ONE r2, 0
	SPEC_ONE r3, 1
	SPEC_ONE r4, 2
	SPEC_ONE r5, 3
	SPEC_ONE r6, 4
	SPEC_ONE r7, 5
	SPEC_ONE r8, 6
	SPEC_ONE r9, 7
	mov r25 = r24
	br.sptk.many b7 ;;
	.endp spec_run
