// finding: F1-return-in-select-try-mode
// seed: 1000110
// expect `drain` => w9- w1x s12 end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => w9- w1x s12 end close=Ok
// expect `take 0 mid 1 cancel` => w9- w1x s12 end cancel=Ok
// expect `take 0 mid 2 close` => w9- w1x s12 end close=Ok
// expect `take 0 mid 2 cancel` => w9- w1x s12 end cancel=Ok
// expect `take 0 mid 3 close` => w9- w1x s12 end close=Ok
// expect `take 0 mid 3 cancel` => w9- w1x s12 end cancel=Ok
// expect `take 1 close` => w9- w1x s12 end close=Ok
// expect `take 1 cancel` => w9- w1x s12 end cancel=Ok
// expect `take 1 mid 1 close` => w9- w1x s12 end close=Ok
// expect `take 1 mid 1 cancel` => w9- w1x s12 end cancel=Ok
// expect `take 1 mid 2 close` => w9- w1x s12 end close=Ok
// expect `take 1 mid 2 cancel` => w9- w1x s12 end cancel=Ok
// expect `take 1 mid 3 close` => w9- w1x s12 end close=Ok
// expect `take 1 mid 3 cancel` => w9- w1x s12 end cancel=Ok
// expect `take 2 close` => w9- w1x s12 end close=Ok
// expect `take 2 cancel` => w9- w1x s12 end cancel=Ok
// expect `take 2 mid 1 close` => w9- w1x s12 end close=Ok
// expect `take 2 mid 1 cancel` => w9- w1x s12 end cancel=Ok
// expect `take 2 mid 2 close` => w9- w1x s12 end close=Ok
// expect `take 2 mid 2 cancel` => w9- w1x s12 end cancel=Ok
// expect `take 2 mid 3 close` => w9- w1x s12 end close=Ok
// expect `take 2 mid 3 cancel` => w9- w1x s12 end cancel=Ok
// expect `take 8 mid 2 cancel` => w9- w1x s12 end cancel=Ok
// expect `take 8 mid 5 cancel` => w9- w1x s12 end cancel=Ok
// expect `take 6 mid 6 close` => w9- w1x s12 end close=Ok
// expect `take 7 mid 3 close` => w9- w1x s12 end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    tokio::select! {
        _ = W::new(&ctx, 1, 1) => {
            let Some(v2) = ctx.opt(2, 0b1, 1) else {
                let mut c3 = 0;
                loop {
                    c3 += 1;
                    if c3 > 0 { break; }
                    yield_!(Ok(4));
                    W::new(&ctx, 5, 2).await;
                    tokio::join!(W::new(&ctx, 6, 3), W::new(&ctx, 7, 2));
                }
                return;
            };
            ctx.log(format!("L{v2}"));
            yield_!(Err(8));
        }
        _ = W::new(&ctx, 9, 0) => {
            if ctx.ch(10, 0b0, 1) {
                ctx.log("s11");
            } else {
                ctx.log("s12");
            }
        }
    }
}
