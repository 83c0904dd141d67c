// sys-int-tpr-classes.s — what cr.tpr masks, vector by vector, read through cr.ivr
//
// tpr.mic masks the priority classes at or below it — class = vector / 16, so mic = 1 masks
// 0x1f but not 0x20, mic = 14 masks 0xef but not 0xf0, mic = 15 every vectored interrupt — and
// never ExtINT (vector 0); tpr.mmi masks ExtINT too (SDM Vol. 2 5.8.3.3, Table 5-11). Vectors
// are pended with psr.i = 0 (interrupts.inc: Ski's SSC GENERATE_INTERRUPT) and read through
// cr.ivr: a masked vector is not reported (15) and stays pending; once unmasked it is.
// A tpr write keeps mic (7:4) and mmi (16) and drops the ignored bits 3:0 and 63:17; setting
// the reserved bits 15:8 is a Reserved Register/Field fault (IVA+0x5400, isr.code 0x30) that
// leaves tpr unchanged (its handler returns to the next bundle, interrupts.inc RFI_NEXT_BUNDLE).
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa -- Ski writes cr.ifa on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup); a General Exception fault does not define it
// ski-excluded: cr.iipa -- Ski keeps cr.iipa as the address (slot bits included) of the last instruction executed while psr.ic is 1, where software cannot read it (SDM Vol. 2 3.3.5.6)

	.explicit
	.include "system.inc"
	.include "interrupts.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x5400
	mov r16 = cr.isr ;;
	mov r60 = r16
	RFI_NEXT_BUNDLE

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 32, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	COLLECT
	CONNECT 1, 0x1f
	CONNECT 2, 0x20
	CONNECT 4, 0xef
	CONNECT 5, 0xf0
	CONNECT 7, 0
	TPR 0x10			// mic = 1
	GENERATE 1
	IVR r36				// 15: 0x1f (class 1) masked
	GENERATE 2
	IVR r37				// 0x20 (class 2)
	EOI
	TPR 0
	IVR r38				// 0x1f
	EOI
	TPR 0xe0			// mic = 14
	GENERATE 4
	IVR r39				// 15: 0xef (class 14) masked
	GENERATE 5
	IVR r40				// 0xf0 (class 15)
	EOI
	TPR 0xf0			// mic = 15
	IVR r41				// 15: 0xef masked
	GENERATE 7
	IVR r42				// 0: ExtINT is not masked by mic
	EOI
	TPR 0x10000			// mmi
	GENERATE 7
	IVR r43				// 15: ExtINT masked by mmi
	READ_IRR r44, r45, r46, r47	// irr0 bit 0, irr3 bit 47 (0xef)
	TPR 0
	IVR r48				// 0: ExtINT ranks first
	EOI
	IVR r49				// 0xef
	EOI
	IVR r50				// 15
	TPR 0xfffffffffffe00ff
	mov r51 = cr.tpr		// 0xf0
	TPR 0xffffffffffff00ff
	mov r52 = cr.tpr ;;		// 0x100f0
	movl r16 = 0x100 ;;
	{ .mmi
	mov cr.tpr = r16		// reserved bit 8
	nop.m 0
	nop.i 0 ;;
	}
	srlz.d ;;
	mov r53 = r60			// isr.code 0x30
	mov r54 = cr.tpr		// unchanged
	mov r8 = 0 ;;
	EXIT
	.endp _start
