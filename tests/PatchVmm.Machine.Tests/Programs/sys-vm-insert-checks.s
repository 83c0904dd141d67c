// sys-vm-insert-checks.s — the checks of the translation-management instructions: itc, itr,
// ptc, ptr, mov rr, mov pkr (SDM Vol. 3 itc, itr, ptc.l, ptc.e, ptr, mov rr, mov pkr;
// Vol. 2 Part I 4.1.2, 4.1.3, 5.6 ISR.code)
//
// Each faulting instruction is recorded (ISR in r46 and up) and skipped:
// - with psr.ic = 1: itc.d and itr.d raise Illegal Operation (their first check); mov rr with
//   a page size below 4 KiB, with bit 1 set and with bits 63:32 set, mov pkr with bits 7:4 set
//   and to PKR 16, raise Reserved Register/Field (General Exception, code 0x30); mov =rr and
//   ptc.l with a NaT operand raise Register NaT Consumption (code 0x10);
// - with psr.ic = 0 (only cr.isr is written, ISR.ni = 1; the handler returns to r34): itc.d
//   with a reserved memory attribute and with ps = 11, itr.d to slot 16: Reserved
//   Register/Field; itc.d with a NaT PTE, itr.d with a NaT slot: Register NaT Consumption;
// - at privilege 3: itc.d still raises Illegal Operation (psr.ic is checked first); ptc.l,
//   ptc.e, ptr.d, mov rr, mov =rr and mov pkr raise Privileged Operation (code 0x10).
// The translations inserted last (well-formed) are then used.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction and data lookup while psr.ic is 1 (tlb.c dataLookup, instLookup); the program writes them for its inserts
// ski-excluded: cr.iipa -- not visible while psr.ic is 1 (SDM Vol. 2 3.3.5.6: accesses fault); Ski updates it after every instruction

	.explicit
	.include "system.inc"
	.include "vm.inc"
	RRVAL	RR0, 0x100, PS_16K, 0
	RRVAL	RR2, 0x302, PS_8K, 0
	REGION2 = 2 << 61
	PTE_RWX3 = PTE_P | PTE_A | PTE_D | (3 << 7) | (3 << 9)

// Records cr.isr in r35 and counts in r39; returns past the instruction, or — when psr.ic
// was 0 (ISR.ni) — to r34.
	.macro	RECORD_ISR
	mov r16 = cr.isr ;;
	mov r35 = r16
	adds r39 = 1, r39
	tbit.nz p6, p7 = r16, 39 ;;		// ni
	mov b7 = r34
(p6)	br.cond.sptk.many back_ni
(p7)	br.cond.sptk.many skip ;;
	.endm

	.text
	.align 32768
ivt:
	ENTRY 0x2c00				// break: back to privilege 0
	mov r16 = cr.ipsr ;;
	dep r16 = 0, r16, 32, 2 ;;
	mov cr.ipsr = r16 ;;
	srlz.d ;;
	br.sptk.many skip ;;
	ENTRY 0x5400
	RECORD_ISR
	ENTRY 0x5600
	RECORD_ISR

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
	ITR	i, 0, 0x100000, PS_1M, 0, 0x100000 | PTE_RWX3
	ITR	d, 0, 0x200000, PS_1M, 0, 0x200000 | PTE_RWX3
	// a NaT in r36
	mov r2 = -1 ;;
	mov ar.unat = r2
	movl r3 = 0x200000 ;;
	ld8.fill r36 = [r3] ;;
	mov ar.unat = r0
	mov r39 = 0
	RFI_TO	virtual, PSR_VIRT
virtual:
	movl r16 = REGION2 + 0x2000
	movl r17 = 0x228000 | PTE_RWX0
	mov r18 = 5 ;;
	itc.d r17 ;;				// Illegal Operation
	mov r46 = r35
	itr.d dtr[r18] = r17 ;;			// Illegal Operation
	mov r47 = r35
	movl r20 = (0x302 << 8) | (11 << 2)	// ps 11
	movl r21 = (0x302 << 8) | (13 << 2) | 2	// bit 1
	movl r22 = (1 << 32) | (13 << 2)	// bits 63:32
	movl r19 = REGION2 ;;
	mov rr[r19] = r20 ;;			// Reserved Register/Field
	mov r48 = r35
	mov rr[r19] = r21 ;;
	mov r49 = r35
	mov rr[r19] = r22 ;;
	mov r50 = r35
	srlz.d
	mov r23 = 3
	movl r24 = (0x44 << 8) | (1 << 4) | 1	// bit 4
	mov r25 = 16 ;;
	mov pkr[r23] = r24 ;;			// Reserved Register/Field
	mov r51 = r35
	mov r24 = 1 ;;
	mov pkr[r25] = r24 ;;			// PKR 16: Reserved Register/Field
	mov r52 = r35
	mov r53 = rr[r36] ;;			// Register NaT Consumption
	mov r54 = r35
	movl r26 = PS_8K << 2 ;;
	ptc.l r36, r26 ;;			// Register NaT Consumption
	mov r55 = r35
	mov r56 = r39
	// psr.ic = 0: only cr.isr; the handler returns to r34
	rsm psr.ic ;;
	srlz.d ;;
	mov cr.ifa = r16
	movl r27 = PS_8K << 2
	movl r28 = 0x228000 | PTE_RWX0 | (1 << 2)	// ma 1
	movl r34 = .Lic1 ;;
	mov cr.itir = r27 ;;
	itc.d r28 ;;				// Reserved Register/Field
.Lic1:
	mov r57 = r35
	movl r27 = 11 << 2
	movl r34 = .Lic2 ;;
	mov cr.itir = r27 ;;
	itc.d r17 ;;				// Reserved Register/Field (ps)
.Lic2:
	mov r58 = r35
	movl r27 = PS_8K << 2
	mov r25 = 16
	movl r34 = .Lic3 ;;
	mov cr.itir = r27 ;;
	itr.d dtr[r25] = r17 ;;			// Reserved Register/Field (slot)
.Lic3:
	mov r59 = r35
	movl r34 = .Lic4 ;;
	itc.d r36 ;;				// Register NaT Consumption
.Lic4:
	mov r60 = r35
	movl r34 = .Lic5 ;;
	itr.d dtr[r36] = r17 ;;			// Register NaT Consumption
.Lic5:
	mov r61 = r35
	mov r62 = r39
	// well-formed inserts
	mov r25 = 5 ;;
	itr.d dtr[r25] = r17 ;;
	movl r16 = REGION2 + 0x4000 ;;
	mov cr.ifa = r16 ;;
	itc.d r17 ;;
	srlz.d ;;
	ssm psr.ic ;;
	srlz.d ;;
	movl r2 = 0x228010
	movl r3 = 0x5678 ;;
	st8 [r2] = r3
	movl r2 = REGION2 + 0x2010
	movl r3 = REGION2 + 0x4010 ;;
	ld8 r63 = [r2]
	ld8 r64 = [r3]
	// privilege 3
	rsm psr.ic ;;
	srlz.d ;;
	RFI_TO	user, PSR_VIRT | PSR_CPL3
user:
	itc.d r17 ;;				// Illegal Operation (psr.ic first)
	mov r65 = r35
	ptc.l r2, r26 ;;			// Privileged Operation
	mov r66 = r35
	ptc.e r2 ;;
	mov r67 = r35
	ptr.d r2, r26 ;;
	mov r68 = r35
	mov rr[r19] = r20 ;;
	mov r69 = r35
	mov r70 = rr[r19] ;;
	mov r71 = r35
	mov pkr[r23] = r24 ;;
	mov r72 = r35
	mov r73 = r39
	break.m 0x99 ;;
	RFI_SYNC PSR_VIRT
	EXIT
	.endp _start

	.org ivt + 0x9000
	.proc skip
skip:
	SKIP_RFI
	.endp skip

// Back to the interrupted code (psr.ic was 0): its bank, then b7.
	.proc back_ni
back_ni:
	bsw.1 ;;
	br.sptk.many b7 ;;
	.endp back_ni
