// sys-int-storage.s — the interrupt control registers that only store: cr.lid, cr.pmv,
// cr.cmcv, cr.lrr0, cr.lrr1
//
// Each is written with its ignored fields set and read back with them dropped (SDM Vol. 2
// 3.3.4, 5.8.3): lid keeps id and eid (31:16; 63:32 ignored), pmv and cmcv keep vector (7:0)
// and m (16) (bit 12 and 63:17 ignored), lrr0/lrr1 keep vector, dm (10:8), ipp (13), tm (15)
// and m (16) (bit 12 and 63:17 ignored). Writing them pends nothing (cr.irr stays 0, cr.ivr
// 15), even with m = 0: no performance-monitor, corrected-machine-check or local interrupt
// happens. A write that sets a reserved field — lid bit 0, pmv bit 8, cmcv bit 13, lrr0 with
// dm = 1, lrr1 with dm = 6, lrr0 bit 14 — is a Reserved Register/Field fault (General
// Exception, IVA+0x5400, isr.code 0x30) and leaves the register as it was; writing cr.ivr or
// cr.irr0 is an Illegal Operation fault (isr.code 0). The handler records cr.isr, counts, and
// returns to the next bundle: each faulting write sits in a bundle of its own, the rest nops
// (interrupts.inc, RFI_NEXT_BUNDLE: Ski's final psr would otherwise show a stale ri).
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
	adds r61 = 1, r61
	RFI_NEXT_BUNDLE

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 40, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	COLLECT
	mov r61 = 0
	movl r2 = 0xffffffff12340000 ;;
	mov cr.lid = r2 ;;
	movl r2 = 0xfffffffffffe10fe ;;	// pmv: vector 0xfe, m = 0, bit 12 and 63:17 set
	mov cr.pmv = r2 ;;
	movl r2 = 0x80000000000110ab ;;	// cmcv: vector 0xab, m = 1
	mov cr.cmcv = r2 ;;
	movl r2 = 0x400000000000b733 ;;	// lrr0: vector 0x33, dm 7 (ExtINT), ipp, tm, bit 12
	mov cr.lrr0 = r2 ;;
	movl r2 = 0xfffffffffffe3481 ;;	// lrr1: vector 0x81, dm 4 (NMI), ipp, m = 0
	mov cr.lrr1 = r2 ;;
	srlz.d ;;
	mov r36 = cr.lid ;;
	mov r37 = cr.pmv ;;
	mov r38 = cr.cmcv ;;
	mov r39 = cr.lrr0 ;;
	mov r40 = cr.lrr1 ;;
	READ_IRR r41, r42, r43, r44
	IVR r45				// 15: nothing pended
	mov r2 = 1 ;;			// lid bit 0 reserved
	{ .mmi
	mov cr.lid = r2
	nop.m 0
	nop.i 0 ;;
	}
	mov r46 = r60
	movl r2 = 0x1fe ;;		// pmv bit 8 reserved
	{ .mmi
	mov cr.pmv = r2
	nop.m 0
	nop.i 0 ;;
	}
	mov r47 = r60
	movl r2 = 0x20ab ;;		// cmcv bit 13 reserved
	{ .mmi
	nop.m 0
	mov cr.cmcv = r2		// slot 1
	nop.i 0 ;;
	}
	mov r48 = r60
	movl r2 = 0x133 ;;		// lrr0 dm = 1 reserved
	{ .mmi
	mov cr.lrr0 = r2
	nop.m 0
	nop.i 0 ;;
	}
	mov r49 = r60
	movl r2 = 0x681 ;;		// lrr1 dm = 6 reserved
	{ .mmi
	mov cr.lrr1 = r2
	nop.m 0
	nop.i 0 ;;
	}
	mov r50 = r60
	movl r2 = 0x4033 ;;		// lrr0 bit 14 reserved
	{ .mmi
	nop.m 0
	mov cr.lrr0 = r2		// slot 1
	nop.i 0 ;;
	}
	mov r51 = r60
	{ .mmi
	mov cr.ivr = r2			// read-only: Illegal Operation
	nop.m 0
	nop.i 0 ;;
	}
	mov r52 = r60
	{ .mmi
	nop.m 0
	mov cr.irr0 = r2		// read-only: Illegal Operation, slot 1
	nop.i 0 ;;
	}
	mov r53 = r60
	mov r54 = r61 ;;		// 8 faults
	srlz.d ;;
	mov r55 = cr.lid ;;		// all unchanged
	mov r56 = cr.pmv ;;
	mov r57 = cr.cmcv ;;
	mov r58 = cr.lrr0 ;;
	mov r59 = cr.lrr1 ;;
	EXIT
	.endp _start
