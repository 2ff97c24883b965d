// finding: F2-teardown-in-let-else
// seed: 1000207
// expect `drain` => L1 t5 w6- t5. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => L1 t5 gaveup w6- t5. close=Ok
// expect `take 0 mid 1 cancel` => L1 t5 gaveup w6- t5. cancel=Ok
// expect `take 0 mid 2 close` => L1 t5 w6- t5. end close=Ok
// expect `take 0 mid 2 cancel` => L1 t5 w6- t5. end cancel=Ok
// expect `take 0 mid 3 close` => L1 t5 w6- t5. end close=Ok
// expect `take 0 mid 3 cancel` => L1 t5 w6- t5. end cancel=Ok
// expect `take 1 close` => L1 t5 w6- t5. end close=Ok
// expect `take 1 cancel` => L1 t5 w6- t5. end cancel=Ok
// expect `take 1 mid 1 close` => L1 t5 w6- t5. end close=Ok
// expect `take 1 mid 1 cancel` => L1 t5 w6- t5. end cancel=Ok
// expect `take 1 mid 2 close` => L1 t5 w6- t5. end close=Ok
// expect `take 1 mid 2 cancel` => L1 t5 w6- t5. end cancel=Ok
// expect `take 1 mid 3 close` => L1 t5 w6- t5. end close=Ok
// expect `take 1 mid 3 cancel` => L1 t5 w6- t5. end cancel=Ok
// expect `take 2 close` => L1 t5 w6- t5. end close=Ok
// expect `take 2 cancel` => L1 t5 w6- t5. end cancel=Ok
// expect `take 2 mid 1 close` => L1 t5 w6- t5. end close=Ok
// expect `take 2 mid 1 cancel` => L1 t5 w6- t5. end cancel=Ok
// expect `take 2 mid 2 close` => L1 t5 w6- t5. end close=Ok
// expect `take 2 mid 2 cancel` => L1 t5 w6- t5. end cancel=Ok
// expect `take 2 mid 3 close` => L1 t5 w6- t5. end close=Ok
// expect `take 2 mid 3 cancel` => L1 t5 w6- t5. end cancel=Ok
// expect `take 8 cancel` => L1 t5 w6- t5. end cancel=Ok
// expect `take 7 mid 4 cancel` => L1 t5 w6- t5. end cancel=Ok
// expect `take 4 close` => L1 t5 w6- t5. end close=Ok
// expect `take 5 mid 3 cancel` => L1 t5 w6- t5. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t5");
        W::new(&ctx, 6, 1).await;
        ctx.log("t5.");
    }
    let Some(v1) = ctx.opt(1, 0b1, 2) else {
        teardown! {
            ctx.log("t2");
            W::new(&ctx, 3, 1).await;
            ctx.log("t2.");
        }
        ctx.log("s4");
        return;
    };
    ctx.log(format!("L{v1}"));
}
