// finding: F2-teardown-in-let-else
// seed: 1000283
// expect `drain` => L2 t8 t8. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => L2 t8 t8. end close=Ok
// expect `take 0 mid 1 cancel` => L2 t8 t8. end cancel=Ok
// expect `take 0 mid 1 drop` => L2 t8 t8. end drop
// expect `take 0 mid 2 close` => L2 t8 t8. end close=Ok
// expect `take 0 mid 2 cancel` => L2 t8 t8. end cancel=Ok
// expect `take 0 mid 2 drop` => L2 t8 t8. end drop
// expect `take 0 mid 3 close` => L2 t8 t8. end close=Ok
// expect `take 0 mid 3 cancel` => L2 t8 t8. end cancel=Ok
// expect `take 0 mid 3 drop` => L2 t8 t8. end drop
// expect `take 1 close` => L2 t8 t8. end close=Ok
// expect `take 1 cancel` => L2 t8 t8. end cancel=Ok
// expect `take 1 drop` => L2 t8 t8. end drop
// expect `take 1 mid 1 close` => L2 t8 t8. end close=Ok
// expect `take 1 mid 1 cancel` => L2 t8 t8. end cancel=Ok
// expect `take 1 mid 1 drop` => L2 t8 t8. end drop
// expect `take 1 mid 2 close` => L2 t8 t8. end close=Ok
// expect `take 1 mid 2 cancel` => L2 t8 t8. end cancel=Ok
// expect `take 1 mid 2 drop` => L2 t8 t8. end drop
// expect `take 1 mid 3 close` => L2 t8 t8. end close=Ok
// expect `take 1 mid 3 cancel` => L2 t8 t8. end cancel=Ok
// expect `take 1 mid 3 drop` => L2 t8 t8. end drop
// expect `take 2 close` => L2 t8 t8. end close=Ok
// expect `take 2 cancel` => L2 t8 t8. end cancel=Ok
// expect `take 2 drop` => L2 t8 t8. end drop
// expect `take 2 mid 1 close` => L2 t8 t8. end close=Ok
// expect `take 2 mid 1 cancel` => L2 t8 t8. end cancel=Ok
// expect `take 2 mid 1 drop` => L2 t8 t8. end drop
// expect `take 2 mid 2 close` => L2 t8 t8. end close=Ok
// expect `take 2 mid 2 cancel` => L2 t8 t8. end cancel=Ok
// expect `take 2 mid 2 drop` => L2 t8 t8. end drop
// expect `take 2 mid 3 close` => L2 t8 t8. end close=Ok
// expect `take 2 mid 3 cancel` => L2 t8 t8. end cancel=Ok
// expect `take 2 mid 3 drop` => L2 t8 t8. end drop
// expect `take 7 mid 5 close` => L2 t8 t8. end close=Ok
// expect `take 7 mid 3 cancel` => L2 t8 t8. end cancel=Ok
// expect `take 7 mid 6 cancel` => L2 t8 t8. end cancel=Ok
// expect `take 5 mid 3 cancel` => L2 t8 t8. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t8");
        ctx.log("t8.");
    }
    ctx.check(1, 0b10, 2)?;
    let Some(v2) = ctx.opt(2, 0b111, 4) else {
        yield_!(Ok(3));
        teardown! {
            ctx.log("t4");
            ctx.log("t4.");
        }
        teardown! {
            ctx.log("t5");
            W::new(&ctx, 6, 1).await;
            ctx.log("t5.");
        }
        ctx.log("s7");
        return;
    };
    ctx.log(format!("L{v2}"));
}
