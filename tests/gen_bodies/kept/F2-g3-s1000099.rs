// finding: F2-teardown-in-let-else
// seed: 1000099
// expect `drain` => s1 end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => s1 end close=Ok
// expect `take 0 mid 1 cancel` => s1 end cancel=Ok
// expect `take 0 mid 1 drop` => s1 end drop
// expect `take 0 mid 2 close` => s1 end close=Ok
// expect `take 0 mid 2 cancel` => s1 end cancel=Ok
// expect `take 0 mid 2 drop` => s1 end drop
// expect `take 0 mid 3 close` => s1 end close=Ok
// expect `take 0 mid 3 cancel` => s1 end cancel=Ok
// expect `take 0 mid 3 drop` => s1 end drop
// expect `take 1 close` => s1 end close=Ok
// expect `take 1 cancel` => s1 end cancel=Ok
// expect `take 1 drop` => s1 end drop
// expect `take 1 mid 1 close` => s1 end close=Ok
// expect `take 1 mid 1 cancel` => s1 end cancel=Ok
// expect `take 1 mid 1 drop` => s1 end drop
// expect `take 1 mid 2 close` => s1 end close=Ok
// expect `take 1 mid 2 cancel` => s1 end cancel=Ok
// expect `take 1 mid 2 drop` => s1 end drop
// expect `take 1 mid 3 close` => s1 end close=Ok
// expect `take 1 mid 3 cancel` => s1 end cancel=Ok
// expect `take 1 mid 3 drop` => s1 end drop
// expect `take 2 close` => s1 end close=Ok
// expect `take 2 cancel` => s1 end cancel=Ok
// expect `take 2 drop` => s1 end drop
// expect `take 2 mid 1 close` => s1 end close=Ok
// expect `take 2 mid 1 cancel` => s1 end cancel=Ok
// expect `take 2 mid 1 drop` => s1 end drop
// expect `take 2 mid 2 close` => s1 end close=Ok
// expect `take 2 mid 2 cancel` => s1 end cancel=Ok
// expect `take 2 mid 2 drop` => s1 end drop
// expect `take 2 mid 3 close` => s1 end close=Ok
// expect `take 2 mid 3 cancel` => s1 end cancel=Ok
// expect `take 2 mid 3 drop` => s1 end drop
// expect `take 7 mid 2 cancel` => s1 end cancel=Ok
// expect `take 5 mid 4 cancel` => s1 end cancel=Ok
// expect `take 6 mid 5 close` => s1 end close=Ok
// expect `take 8 close` => s1 end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    ctx.log("s1");
    if ctx.ch(2, 0b1, 1) {
        ctx.check(3, 0b10, 2)?;
    } else {
        let b4: u32 = 'l4: {
            let Some(v5) = ctx.opt(5, 0b111, 3) else {
                teardown! {
                    ctx.log("t6");
                    ctx.log("t6.");
                }
                tokio::join!(async { W::new(&ctx, 7, 1).await; ctx.log("j7"); }, W::new(&ctx, 8, 0));
                teardown! {
                    ctx.log("t9");
                    ctx.log("t9.");
                }
                teardown! {
                    ctx.log("t10");
                    ctx.log("t10.");
                }
                ctx.log("s11");
                break 'l4 26;
            };
            ctx.log(format!("L{v5}"));
            43
        };
        ctx.log(format!("b4={b4}"));
        ctx.log("s12");
        W::new(&ctx, 13, 0).await;
        return;
    }
}
