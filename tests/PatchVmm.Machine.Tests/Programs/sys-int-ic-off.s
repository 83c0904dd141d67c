// sys-int-ic-off.s — an External interrupt taken with psr.ic = 0 collects no state but cr.isr
//
// With psr.ic = 0 and psr.i = 1, a pended vector (0x61, interrupts.inc: Ski's SSC
// GENERATE_INTERRUPT) is still delivered (psr.i alone enables delivery, SDM Vol. 2 3.3.2), but
// interruption collection is off: cr.iip, cr.ipsr, cr.ifs and cr.iipa keep the values the
// program put there, and only cr.isr is written, with isr.ni = 1 (5.5, 3.3.5.3; ei = 0: the
// interrupt comes before slot 0 of the bundle after the break). The handler reads them all
// and cr.ivr (0x61), ends it, and — since cr.iip does not say where it came from — writes
// cr.iip and cr.ipsr itself to return to "back" in bank 1 with psr.i = 0.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.include "system.inc"
	.include "interrupts.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x3000
	mov r16 = cr.iip ;;
	mov r40 = r16
	mov r16 = cr.ipsr ;;
	mov r41 = r16
	mov r16 = cr.isr ;;
	mov r42 = r16
	mov r16 = cr.iipa ;;
	mov r43 = r16
	mov r16 = cr.ifs ;;
	mov r44 = r16
	mov r16 = psr ;;
	mov r45 = r16			// the handler's psr: ic = i = 0, bank 0
	IVR r46				// 0x61
	EOI
	movl r16 = back ;;
	mov cr.iip = r16
	movl r16 = 0x100000000000 ;;	// psr.bn = 1, ic = i = 0, ri = 0
	mov cr.ipsr = r16
	mov cr.ifs = r0 ;;
	rfi ;;

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 24, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2 ;;
	bsw.1 ;;
	CONNECT 1, 0x61
	movl r2 = 0x0000000000123450 ;;
	mov cr.iip = r2
	movl r3 = 0x000000000000000c ;;	// psr.up, psr.ac (bits 2, 3)
	mov cr.ipsr = r3
	movl r2 = 0x0000000000abcde0 ;;
	mov cr.iipa = r2
	movl r3 = 0x0000000000001234 ;;	// v = 0
	mov cr.ifs = r3 ;;
	ssm psr.i ;;
	srlz.d ;;
	GENERATE 1			// taken with psr.ic = 0
	mov r47 = 1			// skipped: the handler returns to "back"
back:
	mov r48 = psr ;;
	mov r8 = 0 ;;
	EXIT
	.endp _start
