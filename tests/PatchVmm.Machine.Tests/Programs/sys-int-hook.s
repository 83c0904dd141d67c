// sys-int-hook.s — one interruption of each kind the host interruption hook is tested with,
// each entered through the IVT and returned from, what it collected logged to memory
//
// In order: Break Instruction faults in slots 0, 1, 2 (break.m, break.i, break.i) and 2
// (break.b); an Illegal Operation fault (a register outside the frame); an Unaligned Data
// Reference fault (ld8 at 0x200004); an External interrupt (vector 0x55, pended through Ski's
// SSC GENERATE_INTERRUPT, interrupts.inc); a Single Step trap (rfi with ipsr.ss = 1: one
// instruction runs, then the trap); an Alternate Data TLB fault (psr.dt = 1, region 1 with no
// translation, the VHPT walker off: SDM Vol. 2 5.6); and a Privileged Operation fault at
// privilege level 3 (mov r=psr after an rfi with ipsr.cpl = 3). Every handler logs the vector
// and cr.iip, ipsr, isr, iim, ifa, itir, iha, iipa, ifs — ten words at 0x200000 + 80 n for
// interruption n — and returns past a fault (the Privileged Operation fault's handler to the
// next bundle, the rest of its bundle being nops — interrupts.inc, RFI_NEXT_BUNDLE — and to
// privilege level 0), after a trap or an interrupt (the Single Step trap's with ipsr.ss = 0,
// the External interrupt's after acknowledging and ending it). HostInterruptionTests runs it
// with and without a host handler and compares what the host sees with this log.
// In registers: the number of interruptions (r39), and a sum and a rotating xor (r40, r41)
// of cr.iip, ipsr, isr, iim, iipa and ifs over all of them — the fields Ski collects as the
// SDM says (it rewrites cr.ifa, itir and iha on every translation while psr.ic is 1: tlb.c).
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa cr.itir cr.iha -- Ski writes cr.ifa, cr.itir and cr.iha on every translation lookup while psr.ic is 1 (tlb.c); the Alternate Data TLB fault's are in the log
// ski-excluded: cr.iipa -- Ski keeps cr.iipa as the address (slot bits included) of the last instruction executed while psr.ic is 1, where software cannot read it (SDM Vol. 2 3.3.5.6)

	.explicit
	.include "system.inc"
	.include "interrupts.inc"

// Logs the interruption at IVT offset OFFSET (r16-r22 and p6 of bank 0 as scratch).
	.macro	LOG offset
	mov	r16 = psr ;;
	tbit.nz	p6, p0 = r16, 17 ;;		// psr.dt: the log is physical
(p6)	rsm	psr.dt ;;
	srlz.d ;;
	movl	r20 = 0x200000
	shl	r21 = r39, 4 ;;
	shladd	r21 = r21, 2, r21 ;;		// 80 n
	add	r20 = r20, r21
	mov	r16 = \offset ;;
	st8	[r20] = r16, 8
	mov	r16 = cr.iip ;;
	st8	[r20] = r16, 8
	add	r40 = r40, r16
	shrp	r41 = r41, r41, 57 ;;
	xor	r41 = r41, r16
	mov	r16 = cr.ipsr ;;
	st8	[r20] = r16, 8
	add	r40 = r40, r16
	shrp	r41 = r41, r41, 57 ;;
	xor	r41 = r41, r16
	mov	r16 = cr.isr ;;
	st8	[r20] = r16, 8
	add	r40 = r40, r16
	shrp	r41 = r41, r41, 57 ;;
	xor	r41 = r41, r16
	mov	r16 = cr.iim ;;
	st8	[r20] = r16, 8
	add	r40 = r40, r16
	shrp	r41 = r41, r41, 57 ;;
	xor	r41 = r41, r16
	mov	r16 = cr.ifa ;;
	st8	[r20] = r16, 8
	mov	r16 = cr.itir ;;
	st8	[r20] = r16, 8
	mov	r16 = cr.iha ;;
	st8	[r20] = r16, 8
	mov	r16 = cr.iipa ;;
	st8	[r20] = r16, 8
	add	r40 = r40, r16
	shrp	r41 = r41, r41, 57 ;;
	xor	r41 = r41, r16
	mov	r16 = cr.ifs ;;
	st8	[r20] = r16, 8
	add	r40 = r40, r16
	shrp	r41 = r41, r41, 57 ;;
	xor	r41 = r41, r16
	adds	r39 = 1, r39 ;;
	.endm

	.text
	.align 32768
ivt:
	ENTRY 0x1000			// Alternate Data TLB
	LOG 0x1000
	SKIP_RFI
	ENTRY 0x2c00			// Break Instruction
	LOG 0x2c00
	SKIP_RFI
	ENTRY 0x3000			// External interrupt
	LOG 0x3000
	IVR r42				// 0x55
	EOI
	rfi ;;
	ENTRY 0x5400			// General Exception
	LOG 0x5400
	mov r16 = cr.ipsr ;;
	dep r16 = 0, r16, 32, 2 ;;	// back to privilege level 0
	mov cr.ipsr = r16 ;;
	srlz.d ;;
	RFI_NEXT_BUNDLE
	ENTRY 0x5a00			// Unaligned Data Reference
	LOG 0x5a00
	SKIP_RFI
	ENTRY 0x6000			// Single Step
	LOG 0x6000
	mov r16 = cr.ipsr ;;
	dep r16 = 0, r16, 40, 1 ;;	// ss off
	mov cr.ipsr = r16 ;;
	rfi ;;

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 40, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	COLLECT
	mov r39 = 0
	mov r40 = 0
	mov r41 = 0
	CONNECT 1, 0x55

	{ .mii
	break.m 0x11			// slot 0
	nop.i 0
	nop.i 0 ;;
	}
	{ .mii
	nop.m 0
	break.i 0x22			// slot 1
	nop.i 0 ;;
	}
	{ .mii
	nop.m 0
	nop.i 0
	break.i 0x33 ;;			// slot 2
	}
	{ .mib
	nop.m 0
	nop.i 0
	break.b 0x44 ;;			// slot 2, B unit
	}
	{ .mii
	nop.m 0
	adds r100 = 1, r0		// outside the frame: Illegal Operation
	nop.i 0 ;;
	}
	movl r3 = 0x200004 ;;
	{ .mmi
	nop.m 0
	ld8 r4 = [r3]			// Unaligned Data Reference
	nop.i 0 ;;
	}
	ssm psr.i ;;
	srlz.d ;;
	GENERATE 1			// External interrupt after the break
	rsm psr.i ;;
	srlz.d ;;

	rsm psr.ic ;;			// Single Step: rfi to "step" with ipsr.ss = 1
	srlz.d ;;
	mov r2 = psr ;;
	dep r2 = -1, r2, 13, 1 ;;	// ic
	dep r2 = -1, r2, 44, 1 ;;	// bank 1
	dep r2 = -1, r2, 40, 1 ;;	// ss
	mov cr.ipsr = r2
	movl r3 = step ;;
	mov cr.iip = r3
	mov cr.ifs = r0 ;;
	rfi ;;
step:
	{ .mii
	adds r43 = 7, r0		// runs, then the trap
	adds r44 = 8, r0		// runs after the handler
	nop.i 0 ;;
	}

	movl r2 = 0x130 ;;		// region 1: rid 1, 4K pages, VHPT walker off
	mov r3 = 1 ;;
	shl r3 = r3, 61 ;;
	mov rr[r3] = r2 ;;
	srlz.d ;;
	movl r4 = 0x2000000000200000 ;;
	ssm psr.dt ;;
	srlz.d ;;
	{ .mmi
	nop.m 0
	ld8 r5 = [r4]			// no translation: Alternate Data TLB fault
	nop.i 0 ;;
	}
	rsm psr.dt ;;
	srlz.d ;;

	rsm psr.ic ;;			// privilege level 3: rfi to "user" with ipsr.cpl = 3
	srlz.d ;;
	mov r2 = psr ;;
	dep r2 = -1, r2, 13, 1 ;;	// ic
	dep r2 = -1, r2, 44, 1 ;;	// bank 1
	dep r2 = -1, r2, 32, 2 ;;	// cpl 3
	mov cr.ipsr = r2
	movl r3 = user ;;
	mov cr.iip = r3
	mov cr.ifs = r0 ;;
	rfi ;;
user:
	{ .mii
	mov r45 = psr			// Privileged Operation, back at level 0
	nop.i 0
	nop.i 0 ;;
	}
	mov r46 = psr
	mov r8 = 0 ;;
	EXIT
	.endp _start
