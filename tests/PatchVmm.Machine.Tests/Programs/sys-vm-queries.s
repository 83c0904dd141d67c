// sys-vm-queries.s — thash, ttag, tpa, tak, probe and probe.fault in various cases
//
// SDM Vol. 3 thash, ttag, tpa, tak, probe; Vol. 2 Part I 4.1.5.3-4.1.5.5, 5.6 Table 5-? (ISR
// for non-access instructions: na, code 0 tpa, 2 probe, 3 tak, 5 probe.fault):
// - thash and ttag for short and long formats, two pta sizes and bases and two region page
//   sizes; a NaT source gives a NaT result (no fault);
// - physical mode (psr.dt = 0): tak and tpa search the data TLB only (a translation register
//   answers; tak of a missing one is 1), probe.fault does not fault;
// - translated: probe.r/w.fault and probe.rw.fault pass on a rw page and raise Data Access
//   Rights faults (ISR.na, code 5, ISR.r/w as the probe asks) on a read-only page or at a
//   higher level; probe.r of a missing translation raises an Alternate Data TLB fault (code
//   2), probe.w.fault one with code 5; tpa and probe with a NaT operand raise Register NaT
//   Consumption (code 0x10, with na and the instruction's code);
// - at privilege 3: tak and tpa raise Privileged Operation faults (code 0x10, na, 3 / 0);
//   thash and probe answer.
// The handlers record and skip; a break returns to privilege 0.
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
	RRVAL	RR5, 0xabcde5, PS_64K, 0
	REGION2 = 2 << 61
	REGION5 = 5 << 61
	PTE_RWX3 = PTE_P | PTE_A | PTE_D | (3 << 7) | (3 << 9)

// Records and skips the interrupted instruction.
	.macro	RECORD_SKIP
	RECORD
	br.sptk.many skip ;;
	.endm

	.text
	.align 32768
ivt:
	ENTRY 0x1000
	RECORD_SKIP
	ENTRY 0x2c00				// break: back to privilege 0
	mov r16 = cr.ipsr ;;
	dep r16 = 0, r16, 32, 2 ;;
	mov cr.ipsr = r16 ;;
	srlz.d ;;
	br.sptk.many skip ;;
	ENTRY 0x5300
	RECORD_SKIP
	ENTRY 0x5400
	RECORD_SKIP
	ENTRY 0x5600
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
	SET_RR	5, RR5
	// a NaT in r36: ld8.fill with its ar.unat bit set
	mov r2 = -1 ;;
	mov ar.unat = r2
	movl r3 = 0x200000 ;;
	ld8.fill r36 = [r3] ;;
	mov ar.unat = r0
	// thash and ttag: short format, 32 KiB at 0x300000, then 1 MiB at 0x4000000
	movl r2 = 0x300000 | (15 << 2) ;;
	mov cr.pta = r2 ;;
	srlz.d
	movl r4 = REGION2 + 0x123456789a
	movl r5 = REGION5 + 0x123456789a ;;
	thash r46 = r4
	thash r47 = r5
	ttag r48 = r4
	ttag r49 = r5
	thash r50 = r36
	ttag r51 = r36
	movl r2 = 0x4000000 | (20 << 2) ;;
	mov cr.pta = r2 ;;
	srlz.d ;;
	thash r52 = r4
	thash r53 = r5
	// long format in region 7, 1 MiB
	movl r2 = (7 << 61) | 0x4000000 | (1 << 8) | (20 << 2) ;;
	mov cr.pta = r2 ;;
	srlz.d ;;
	thash r54 = r4
	thash r55 = r5
	ttag r56 = r4
	ITR	i, 0, 0x100000, PS_1M, 0, 0x100000 | PTE_RWX3
	ITR	d, 0, 0x200000, PS_1M, 0, 0x200000 | PTE_RWX0
	ITR	d, 2, REGION2 + 0x2000, PS_8K, 0x77, 0x228000 | PTE_RWX0
	ITR	d, 3, REGION2 + 0x4000, PS_8K, 0x78, 0x228000 | PTE_P | PTE_A | PTE_D
	mov r39 = 0
	COLLECT
	// physical mode
	movl r2 = REGION2 + 0x2010
	movl r3 = REGION2 + 0x6010 ;;
	tak r57 = r2
	tak r58 = r3
	tpa r59 = r2
	probe.rw.fault r3, 0 ;;
	mov r60 = r39
	rsm psr.ic ;;
	srlz.d ;;
	RFI_TO	virtual, PSR_VIRT
virtual:
	movl r2 = REGION2 + 0x2010		// rw
	movl r3 = REGION2 + 0x4010		// read only
	movl r4 = REGION2 + 0x6010 ;;		// missing
	probe.r.fault r2, 0
	probe.w.fault r2, 0
	probe.rw.fault r2, 0 ;;
	mov r61 = r39
	probe.w.fault r3, 0 ;;			// Data Access Rights
	mov r62 = r39
	mov r63 = r42
	probe.rw.fault r3, 0 ;;			// Data Access Rights
	mov r64 = r42
	probe.r.fault r2, 3 ;;			// Data Access Rights (pl 3)
	mov r65 = r42
	probe.r r66 = r4, 0 ;;			// Alternate Data TLB
	mov r67 = r39
	mov r68 = r42
	probe.w.fault r4, 0 ;;			// Alternate Data TLB
	mov r69 = r42
	tpa r70 = r36 ;;			// Register NaT Consumption
	mov r71 = r42
	probe.w r72 = r2, r36 ;;		// Register NaT Consumption
	mov r73 = r42
	mov r74 = r39
	// privilege 3
	rsm psr.ic ;;
	srlz.d ;;
	RFI_TO	user, PSR_VIRT | PSR_CPL3
user:
	tak r75 = r2 ;;				// Privileged Operation
	mov r76 = r42
	tpa r77 = r2 ;;				// Privileged Operation
	mov r78 = r42
	thash r79 = r2
	probe.r r80 = r2, 0
	mov r81 = r39
	break.m 0x99 ;;
	// cr.ifa and cr.itir as the last handlers saw them: not written by the faults they took
	mov r40 = 0
	mov r41 = 0
	RFI_SYNC PSR_VIRT
	EXIT
	.endp _start

	.org ivt + 0x9000
	.proc skip
skip:
	SKIP_RFI
	.endp skip
