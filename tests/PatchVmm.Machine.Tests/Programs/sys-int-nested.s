// sys-int-nested.s — a higher-priority external interrupt interrupts the handler of a lower one
//
// Vector 0x40 is pended (interrupts.inc: Ski's SSC GENERATE_INTERRUPT) with psr.i = psr.ic = 1:
// it is taken right after the break that pended it (IVA+0x3000). Its handler acknowledges it
// (cr.ivr = 0x40, now in service), saves cr.iip/ipsr/ifs, turns psr.ic and then psr.i back on
// (SDM Vol. 2 5.8.1: nesting needs the interruption state saved first) and pends 0x30 — below
// 0x40 in service, so it stays pending — and then 0x90, which is above it: the second External
// interrupt is taken right after that break, inside the handler. The nested handler records
// what it saw (cr.ivr = 0x90; cr.iip = the bundle after the break, ipsr with ic = i = 1 and
// bn = 0 — the first handler's psr —, isr, iipa), ends 0x90 and returns. The first handler
// masks again, reads cr.ivr (15: 0x30 is masked by 0x40 in service), ends 0x40, reads cr.ivr
// (0x30 now), ends it, restores the interruption registers and returns to the main program.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.ifa -- Ski writes cr.ifa on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup); an External interrupt does not define it
// ski-excluded: cr.iipa -- Ski keeps cr.iipa as the address (slot bits included) of the last instruction executed while psr.ic is 1, where software cannot read it (SDM Vol. 2 3.3.5.6); r50 and r64 hold the values the handlers read

	.explicit
	.include "system.inc"
	.include "interrupts.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x3000
	cmp.eq p6, p7 = 0, r59
(p6)	br.cond.sptk first ;;
	br.sptk nested ;;

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 40, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	COLLECT
	CONNECT 1, 0x30
	CONNECT 2, 0x40
	CONNECT 4, 0x90
	mov r58 = 0
	mov r59 = 0 ;;
	ssm psr.i ;;
	srlz.d ;;
	GENERATE 2			// taken right after the break
	mov r51 = r59			// 0: the handlers have finished
	IVR r52				// 15
	mov r53 = psr ;;
	rsm psr.i ;;
	mov r54 = psr ;;
	mov r8 = 0 ;;
	EXIT

first:					// the handler of 0x40
	IVR r40				// 0x40
	mov r59 = 1
	mov r16 = cr.iip ;;
	mov r60 = r16
	mov r16 = cr.ipsr ;;
	mov r61 = r16
	mov r16 = cr.ifs ;;
	mov r62 = r16
	mov r16 = cr.isr ;;
	mov r63 = r16
	mov r16 = cr.iipa ;;
	mov r64 = r16
	ssm psr.ic ;;
	srlz.d ;;
	ssm psr.i ;;
	srlz.d ;;
	GENERATE 1			// 0x30: masked by 0x40 in service
	mov r41 = cr.irr0 ;;		// bit 48 (0x30) and nothing else
	GENERATE 4			// 0x90: nested, right after the break
	mov r42 = r58			// 1: the nested handler ran
	mov r16 = psr ;;
	mov r43 = r16
	rsm psr.i ;;
	rsm psr.ic ;;
	srlz.d ;;
	IVR r44				// 15: 0x30 masked by 0x40
	EOI				// ends 0x40
	IVR r45				// 0x30
	EOI
	mov cr.iip = r60
	mov cr.ipsr = r61
	mov cr.ifs = r62
	mov r59 = 0 ;;
	rfi ;;

nested:					// the handler of 0x90
	IVR r46				// 0x90
	mov r16 = cr.iip ;;
	mov r47 = r16
	mov r16 = cr.ipsr ;;
	mov r48 = r16
	mov r16 = cr.isr ;;
	mov r49 = r16
	mov r16 = cr.iipa ;;
	mov r50 = r16
	IVR r55				// 15: 0x30 is below 0x90 and 0x40 in service
	mov r16 = cr.irr0 ;;
	mov r56 = r16
	EOI				// ends 0x90
	mov r58 = 1 ;;
	rfi ;;
	.endp _start
