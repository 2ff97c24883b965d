// finding: F1-return-in-select-try-mode+F3-teardown-in-diverging-arm
// seed: 1000297
// expect `drain` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => w7- gaveup w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. close=Ok
// expect `take 0 mid 1 cancel` => w7- gaveup w6x w8x t4 w5- t4. t1 w2- t1. cancel=Ok
// expect `take 0 mid 2 close` => w7- w6- j6 gaveup w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. close=Ok
// expect `take 0 mid 2 cancel` => w7- w6- j6 gaveup w8x t4 w5- t4. t1 w2- t1. cancel=Ok
// expect `take 0 mid 3 close` => w7- w6- j6 gaveup w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. close=Ok
// expect `take 0 mid 3 cancel` => w7- w6- j6 gaveup w8x t4 w5- t4. t1 w2- t1. cancel=Ok
// expect `take 1 close` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 1 cancel` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 1 mid 1 close` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 1 mid 1 cancel` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 1 mid 2 close` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 1 mid 2 cancel` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 1 mid 3 close` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 1 mid 3 cancel` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 2 close` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 2 cancel` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 2 mid 1 close` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 2 mid 1 cancel` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 2 mid 2 close` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 2 mid 2 cancel` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 2 mid 3 close` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 2 mid 3 cancel` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 5 mid 5 cancel` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 6 mid 6 close` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end close=Ok
// expect `take 5 cancel` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
// expect `take 7 mid 3 cancel` => w7- w6- j6 w8- j8 s12 t10 w11- t10. t9 t9. t4 w5- t4. t1 w2- t1. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t1");
        W::new(&ctx, 2, 1).await;
        ctx.log("t1.");
    }
    let m3: u32 = match ctx.pick(3, 0, 3) {
        0 => {
            teardown! {
                ctx.log("t4");
                W::new(&ctx, 5, 2).await;
                ctx.log("t4.");
            }
            tokio::join!(async { W::new(&ctx, 6, 1).await; ctx.log("j6"); }, W::new(&ctx, 7, 0), async { W::new(&ctx, 8, 3).await; ctx.log("j8"); });
            teardown! {
                ctx.log("t9");
                ctx.log("t9.");
            }
            teardown! {
                ctx.log("t10");
                W::new(&ctx, 11, 2).await;
                ctx.log("t10.");
            }
            ctx.log("s12");
            return;
        }
        1 => {
            yield_!(Ok(13));
            yield_!(Ok(14));
            W::new(&ctx, 15, 3).await;
            ctx.check(16, 0b1, 2)?;
            return;
        }
        _ => {
            yield_!(Err(17));
            teardown! {
                ctx.log("t18");
                ctx.log("t18.");
            }
            ctx.log("s19");
            return;
            ctx.log("s20");
            33
        }
    };
    ctx.log(format!("m3={m3}"));
}
